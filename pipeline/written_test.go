package pipeline_test

import (
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/eval"
)

// The news sets written for dyad by annotators who never saw its output,
// with sentences that hold no event (see testdata/news/README.md), and the
// pinned floors of their scores (exact, family+actors, family+countries),
// set and raised as the CAMEO set's are (see pinExactF1).
var writtenSets = []struct {
	file                   string
	exact, family, country float64
	diff                   bool // -v lists the dev half's diffs
}{
	// written.tsv: read (its dev half) while tuning since session three.
	// Its family+actors floor 0.66 → 0.65 in round thirty-one (verbs31):
	// the airspace and territorial-waters intrusion rows (150) meet both
	// held comparisons (held exact +4, fc +4 with the rule coder alone and
	// with the model) and predict two more events in written's held half
	// with no TP, so the whole set's family+actors F1 fell to 0.659; round
	// twenty-nine had dropped the same form on this floor alone (news.md,
	// session fifteen's note on read floors: at most 0.002, own commit).
	// And silent31's F, applied by floors31 (a participle phrase on the
	// subject is a reduced relative on it, chunk/clause.go), meets the held
	// rule in both modes and predicts one more event in written's held half,
	// none of them right at family+actors (tp 255 both), 0.6606 → 0.6598.
	// actors36's compound broker ("a U.S.-brokered deal" mediated, 045)
	// meets rule 1 in both modes and predicts four more events in written,
	// none right (written w-288 codes Norwegian-mediated talks 038 to
	// Norway): 0.611 / 0.671 / 0.771 → 0.608 / 0.668 / 0.768, each 0.002
	// under its floor, lowered a hundredth (declaration (h)'s 0.005).
	{"../testdata/news/written.tsv", 0.63, 0.69, 0.77, true},
	// fresh.tsv: written in session four, independent of written.tsv,
	// unread while tuning then; its dev half is read from session five.
	{"../testdata/news/fresh.tsv", 0.62, 0.67, 0.74, true},
	// fresh2.tsv (conflict desks) and fresh3.tsv (diplomacy desks): written,
	// second-annotated and adjudicated in session five, blind to dyad;
	// their dev halves are read from that session's round nine.
	{"../testdata/news/fresh2.tsv", 0.61, 0.65, 0.74, true},
	// fresh3: family+countries floor 0.69 → 0.68 with round thirty-three's
	// talks nouns (nominal33: 0.6881, two more predicted 046 pairs; the held
	// rule met in both modes, session fifteen's 17:36 note with (h)).
	{"../testdata/news/fresh3.tsv", 0.60, 0.65, 0.71, true},
	// fresh4.tsv (domestic desks) and fresh5.tsv (defence and security
	// relations): written, second-annotated and adjudicated in session
	// five, blind to dyad. fresh4 stays unread as that session's unseen
	// measure, so no diff is printed; fresh5's dev half is read from its
	// round nine, because defence relations are what users track most and
	// dyad scored lowest there.
	{"../testdata/news/fresh4.tsv", 0.31, 0.41, 0.52, false},
	// fresh5: family+actors floor 0.60 → 0.59 with round thirty-four's
	// weapons received needing a giver (bugs36: 0.598; m-091's TUR>RUS 072,
	// a wrong event the relabeller had turned into one side of the gold's
	// 062 pair, is gone; declaration (d) met in both modes, session
	// fifteen's 17:36 note with (h)).
	// fresh5: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): exact 0.56 → 0.54 (0.5657 → 0.5578);
	// family+countries 0.64 → 0.62 (0.6427 → 0.6371). Its dev half is now
	// training data, so its whole-set score is judged by its held half alone.
	{"../testdata/news/fresh5.tsv", 0.56, 0.61, 0.64, true},
	// fresh6.tsv (economic statecraft and aid) and fresh7.tsv (verbal
	// events in reported speech): written, second-annotated and
	// adjudicated at the end of session five, blind to dyad, and unread
	// while tuning then, so no diff is printed. In session eleven the
	// lead lowered fresh6's exact floor from 0.28 to 0.27 to keep the
	// talks-named-by-a-noun rule (coder/nountalks.go: held +18 exact TP
	// with no half falling, the five unseen sets' mean exact up 0.005,
	// fresh6 alone down 0.001); later rules raised fresh6 again, and the
	// floors below are the session's end (docs/notes/news.md, "Session
	// eleven (lead)").
	{"../testdata/news/fresh6.tsv", 0.31, 0.42, 0.47, false},
	{"../testdata/news/fresh7.tsv", 0.38, 0.46, 0.53, false},
	// fresh8.tsv (defence relations), fresh9.tsv (domestic politics),
	// fresh10.tsv (a general day of news, some of it scraped) and
	// fresh11.tsv (state and regional agencies' English): written,
	// second-annotated and adjudicated at the start of session six, blind
	// to dyad, and unread while tuning then; their dev halves are read
	// from session seven, their held halves join the guard.
	// fresh8's exact floor 0.48 → 0.47 in round thirty (actors30): with
	// Sudan's "RSF" known, dev q-133 ("the army and the RSF have yet to
	// agree on a timetable", gold no event) codes the unrealised agreement
	// both ways (the verb's "yet to", not the actor), 0.4805 → 0.4791; its
	// held half does not move.
	// fresh8: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): exact 0.51 → 0.49 (0.5145 → 0.5087); family+actors
	// 0.57 → 0.55 (0.5714 → 0.5685); family+countries 0.62 → 0.60 (0.6226 →
	// 0.6197). Its dev half is now training data, so its whole-set score is
	// judged by its held half alone.
	{"../testdata/news/fresh8.tsv", 0.53, 0.59, 0.63, true},
	{"../testdata/news/fresh9.tsv", 0.50, 0.55, 0.67, true},
	// fresh10: exact floor 0.51 → 0.50 with the ninth harmonisation's gold (session
	// sixteen), the coder unchanged.
	{"../testdata/news/fresh10.tsv", 0.57, 0.60, 0.64, true},
	// fresh11: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): family+actors 0.51 → 0.49 (0.5115 → 0.5084);
	// family+countries 0.60 → 0.58 (0.6025 → 0.5994). Its dev half is now
	// training data, so its whole-set score is judged by its held half alone.
	{"../testdata/news/fresh11.tsv", 0.48, 0.53, 0.60, true},
	// fresh12.tsv (multilateral diplomacy), fresh13.tsv (armed conflict)
	// and fresh14.tsv (a general day of news as a scraper collects it, a
	// quarter of it damaged): written, second-annotated and adjudicated in
	// session seven, blind to dyad, and unread while tuning then; their
	// dev halves are read from session eight, their held halves join the
	// guard.
	// fresh14's exact floor 0.44 → 0.43 in round thirty-one (retry31):
	// roles30's former-title rule (a former office holder is his
	// country's ELI) meets both held comparisons, and predicts one more
	// event in fresh14's held half, right at family+countries (tp 194
	// both), 0.4404 → 0.4399; the floor had been pinned at 0.4404 minutes
	// before the rule was first measured.
	// fresh12: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): family+actors 0.58 → 0.56 (0.5804 → 0.5767). Its
	// dev half is now training data, so its whole-set score is judged by its
	// held half alone.
	{"../testdata/news/fresh12.tsv", 0.53, 0.58, 0.62, true},
	// fresh13: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): exact 0.55 → 0.53 (0.5530 → 0.5458). Its dev half
	// is now training data, so its whole-set score is judged by its held half
	// alone.
	{"../testdata/news/fresh13.tsv", 0.56, 0.61, 0.71, true},
	{"../testdata/news/fresh14.tsv", 0.49, 0.52, 0.58, true},
	// fresh15.tsv (defence relations and arms transfers), fresh16.tsv
	// (politics and conflict in Africa and Latin America) and fresh17.tsv
	// (economic statecraft and grey-zone incidents): written,
	// second-annotated and adjudicated in session eight, blind to dyad, and
	// unread while tuning then; their dev halves are read from session
	// nine, their held halves join the guard.
	// fresh15's family+actors floor 0.62 → 0.61 in round thirty-one
	// (prompt31): missed31's prompted-clause rule ("…, prompting X to V",
	// X does the infinitive's act) meets both held comparisons and
	// predicts one more event in fresh15's held half, wrong at that level
	// (tp 187 both), 0.6202 → 0.6192. Its family+countries floor 0.68 →
	// 0.67 in round thirty-one (bugs31): a state's own body named like
	// another actor ("Iran's National Security Council") is its organ,
	// judged by declaration (d); it predicts one more event in fresh15's
	// held half, wrong at that level (tp 202 both), 0.6801 → 0.6790.
	// Its family+countries floor 0.69 → 0.68 in round thirty-five (new41):
	// the drone-launch rows (START "- * DRONES AT + [195]") meet rule 1 in
	// both modes and predict one more event in fresh15 at that level, not
	// a TP there (tp 204 both), 0.6904 → 0.6892.
	{"../testdata/news/fresh15.tsv", 0.58, 0.63, 0.69, true},
	// fresh16: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): family+actors 0.46 → 0.44 (0.4626 → 0.4598). Its
	// dev half is now training data, so its whole-set score is judged by its
	// held half alone.
	// Lowered again under the read-floors rule (session fifteen, 17:36
	// note) for round thirty-eight's struck-site rule (sites44), which meets
	// rule 1 in both modes: family+actors 0.47 → 0.46 (0.4728 → 0.4699),
	// one 051 role moved by the retrain (z-053); the rule coder alone is
	// identical on fresh16.
	{"../testdata/news/fresh16.tsv", 0.43, 0.46, 0.55, true},
	// fresh17: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): family+actors 0.56 → 0.54 (0.5634 → 0.5597);
	// family+countries 0.66 → 0.64 (0.6602 → 0.6590). Its dev half is now
	// training data, so its whole-set score is judged by its held half alone.
	{"../testdata/news/fresh17.tsv", 0.53, 0.56, 0.66, true},
	// fresh18.tsv (Europe, Russia and Ukraine, the Caucasus and the
	// Balkans), fresh19.tsv (the Middle East and South Asia) and
	// fresh20.tsv (East Asia and the Pacific, a fifth of it damaged by a
	// scraper): written, second-annotated and adjudicated in session nine,
	// blind to dyad, and unread while tuning then; their dev halves are read
	// from session ten, their held halves join the guard. fresh18's
	// family+actors floor lowered 0.50 → 0.49 under the 17:36 note for
	// offices44's group 2 (armed groups' rows): the relabellers' retrain
	// moved one dev event (0.503 → 0.499); the rule coder alone and every
	// held half are unchanged there.
	{"../testdata/news/fresh18.tsv", 0.46, 0.51, 0.57, true},
	{"../testdata/news/fresh19.tsv", 0.55, 0.59, 0.66, true},
	{"../testdata/news/fresh20.tsv", 0.46, 0.51, 0.60, true},
	// fresh21.tsv (a general day of world wire news), fresh22.tsv (peace
	// processes and crisis diplomacy) and fresh23.tsv (relations between
	// states from scraped web pages, a quarter damaged): written,
	// second-annotated and adjudicated in session ten, blind to dyad, and
	// unread while tuning then; their dev halves are read from session
	// eleven, their held halves join the guard.
	// fresh21: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): exact 0.56 → 0.54 (0.5645 → 0.5577). Its dev half
	// is now training data, so its whole-set score is judged by its held half
	// alone.
	{"../testdata/news/fresh21.tsv", 0.57, 0.66, 0.72, true},
	{"../testdata/news/fresh22.tsv", 0.45, 0.48, 0.56, true},
	// fresh23: exact floor 0.56 → 0.55 with the ninth harmonisation's gold (session
	// sixteen), the coder unchanged.
	// fresh23: family+countries floor 0.68 → 0.67 with round thirty-three's
	// talks nouns (nominal33: 0.6787, two more predicted; as fresh3).
	// fresh23: family+countries floor 0.68 → 0.67 again with round
	// thirty-four's never-verb adjectives (tagger36: 0.6817 → 0.6796, two
	// more predicted in the dev half, no TP lost; the 17:36 read-floor note).
	{"../testdata/news/fresh23.tsv", 0.59, 0.64, 0.70, true},
	// fresh24.tsv (domestic politics) and fresh25.tsv (economic
	// statecraft): written, second-annotated and adjudicated in session
	// eleven, blind to dyad; their dev halves are read from session eleven,
	// their held halves join the guard.
	{"../testdata/news/fresh24.tsv", 0.40, 0.44, 0.53, true},
	// fresh25: exact floor 0.47 → 0.46 with round thirty-three's "said after
	// meeting Y in PLACE" (quotes34: 0.4706 → 0.4698, one more predicted).
	// fresh25: floors lowered under declaration (m) for round thirty-six's
	// relabeller trained on the 42 read sets' dev halves (learn41;
	// docs/notes/learn.md): exact 0.48 → 0.46 (0.4820 → 0.4787); family+actors
	// 0.51 → 0.49 (0.5132 → 0.5099). Its dev half is now training data, so its
	// whole-set score is judged by its held half alone.
	{"../testdata/news/fresh25.tsv", 0.50, 0.53, 0.62, true},
	// fresh26.tsv (domestic politics and state-society conflict) and
	// fresh27.tsv (sanctions, trade and aid): written, second-annotated and
	// adjudicated in session eleven, blind to dyad, and unread while tuning
	// then; their dev halves are read from session twelve, their held
	// halves join the guard.
	{"../testdata/news/fresh26.tsv", 0.46, 0.48, 0.57, true},
	{"../testdata/news/fresh27.tsv", 0.55, 0.60, 0.64, true},
	// fresh28.tsv (a general day of world wire news, a sixth damaged by a
	// scraper) and fresh29.tsv (military and strategic relations between
	// states): written, second-annotated and adjudicated in session twelve,
	// blind to dyad, and unread while tuning then; their dev halves are read
	// from session thirteen, their held halves join the guard.
	// fresh28: exact floor 0.53 → 0.52 with the ninth harmonisation's gold (session
	// sixteen), the coder unchanged.
	{"../testdata/news/fresh28.tsv", 0.59, 0.63, 0.69, true},
	{"../testdata/news/fresh29.tsv", 0.60, 0.65, 0.70, true},
	// fresh30.tsv (a general day of world wire news, a sixth damaged by a
	// scraper) and fresh31.tsv (armed conflict and security): written,
	// second-annotated and adjudicated in session thirteen, blind to dyad,
	// and unread while tuning then; their dev halves are read from session
	// fourteen, their held halves join the guard.
	{"../testdata/news/fresh30.tsv", 0.60, 0.66, 0.71, true},
	// fresh31: exact floor 0.41 → 0.40 for round thirty-six's foreign roles
	// (branch new43, kept under the removal-only rule): the retrained model
	// loses one dev exact TP, whole-set exact F1 0.4116 → 0.4090 (read
	// floors, session fifteen's 17:36 note).
	{"../testdata/news/fresh31.tsv", 0.48, 0.51, 0.62, true},
	// fresh32.tsv (diplomacy and cooperation between states, a fifth
	// damaged by a scraper) and fresh33.tsv (statements and verbal
	// conflict): written, second-annotated and adjudicated in session
	// fourteen, blind to dyad, and unread while tuning then; their dev
	// halves are read from session fifteen, their held halves join the
	// guard.
	{"../testdata/news/fresh32.tsv", 0.66, 0.73, 0.78, true},
	{"../testdata/news/fresh33.tsv", 0.38, 0.45, 0.50, true},
	// fresh34.tsv (a general day of world wire news, a sixth damaged by a
	// scraper) and fresh35.tsv (news from the agencies and papers of
	// Africa, South and Southeast Asia, Latin America and the Pacific):
	// written, second-annotated and adjudicated in session fifteen, blind
	// to dyad, and unread while tuning then; their dev halves are read
	// from session sixteen, their held halves join the guard. fresh34's
	// family+countries floor was lowered from 0.62 to 0.61 in round
	// thirty-six (new42): "Aliyev" by family name made one dev sentence
	// code two wrong events, the whole set fell to 0.619 (read floors,
	// session fifteen's 17:36 note).
	{"../testdata/news/fresh34.tsv", 0.58, 0.61, 0.67, true},
	{"../testdata/news/fresh35.tsv", 0.54, 0.58, 0.69, true},
	// fresh36.tsv (the military and diplomatic ties of China, Russia, Iran
	// and North Korea with partners and rivals, a fifth damaged by a
	// scraper): written, second-annotated and adjudicated in session
	// sixteen, blind to dyad, and unread while tuning then; its dev half
	// is read from session seventeen, its held half joins the guard.
	{"../testdata/news/fresh36.tsv", 0.42, 0.46, 0.50, true},
	// fresh37.tsv (sentences from the body of longer wire stories):
	// written, second-annotated and adjudicated in session sixteen, blind
	// to dyad, and unread while tuning then; its dev half is read from
	// session seventeen, its held half joins the guard.
	{"../testdata/news/fresh37.tsv", 0.39, 0.42, 0.43, true},
	// fresh38.tsv (ceasefires, truces, hostage and prisoner exchanges,
	// mediation and peace talks in the wars of 2014–2026) and fresh39.tsv
	// (headlines and first sentences as a scraper takes them from front
	// pages, a third damaged): written, second-annotated and adjudicated in
	// session seventeen, blind to dyad, and unread while tuning then; their
	// dev halves are read from session eighteen, their held halves join the
	// guard.
	{"../testdata/news/fresh38.tsv", 0.41, 0.45, 0.49, true},
	{"../testdata/news/fresh39.tsv", 0.55, 0.59, 0.62, true},
	// fresh40.tsv (international organisations, courts and multilateral
	// diplomacy) and fresh41.tsv (a general day of world wire news,
	// 2025–2026, a sixth damaged by a scraper): written, second-annotated
	// and adjudicated in session eighteen, blind to dyad, and unread while
	// tuning then; their dev halves are read from session nineteen, their
	// held halves join the guard.
	{"../testdata/news/fresh40.tsv", 0.50, 0.53, 0.54, true},
	{"../testdata/news/fresh41.tsv", 0.51, 0.53, 0.59, true},
	// fresh42.tsv (the Sahel, the Horn of Africa, Central Asia, the South
	// Caucasus and the Pacific islands) and fresh43.tsv (whole article bodies
	// as a scraper takes them, in story runs, a fifth damaged): written,
	// second-annotated and adjudicated in session nineteen, blind to dyad,
	// and unread while tuning then; their dev halves are read from session
	// twenty, their held halves join the guard.
	{"../testdata/news/fresh42.tsv", 0.37, 0.42, 0.53, true},
	{"../testdata/news/fresh43.tsv", 0.42, 0.45, 0.50, true},
	// fresh44.tsv (Latin America and the Caribbean) and fresh45.tsv (South
	// and Southeast Asia): written, second-annotated and adjudicated in
	// session twenty, blind to dyad, and unread while tuning then; their dev
	// halves are read from session twenty-one, their held halves join the
	// guard.
	{"../testdata/news/fresh44.tsv", 0.36, 0.42, 0.52, true},
	{"../testdata/news/fresh45.tsv", 0.42, 0.51, 0.59, true},
	// fresh46.tsv (the Middle East and North Africa, 2023–2026) and
	// fresh47.tsv (Europe, NATO and Russia, 2022–2026): written,
	// second-annotated and adjudicated in session twenty-one, blind to dyad,
	// and unread while tuning then; their dev halves are read from session
	// twenty-two, their held halves join the guard.
	{"../testdata/news/fresh46.tsv", 0.52, 0.57, 0.62, true},
	{"../testdata/news/fresh47.tsv", 0.40, 0.52, 0.56, true},
	// fresh48.tsv (Sub-Saharan Africa, 2022–2026) and fresh49.tsv (East
	// Asia and the Pacific, 2022–2026): written, second-annotated and
	// adjudicated in session twenty-two, blind to dyad, and unread while
	// tuning; pins a hundredth below the lead's start summary line
	// (declaration (i)).
	{"../testdata/news/fresh48.tsv", 0.34, 0.40, 0.50, false},
	{"../testdata/news/fresh49.tsv", 0.41, 0.48, 0.54, false},
}

func TestWrittenRegression(t *testing.T) {
	p := newPipeline(t)
	for _, set := range writtenSets {
		name := filepath.Base(set.file)
		t.Run(name, func(t *testing.T) {
			exs := readNewsFile(t, set.file)
			none := 0
			for _, ex := range exs {
				if len(ex.Gold) == 0 {
					none++
				}
			}
			if none == 0 {
				t.Fatal("no no-event sentences: are the '-' rows read?")
			}
			cases := eval.NewsCases(exs, newsPredict(p))
			r := eval.ScoreNews(cases)
			if !set.diff {
				checkUnreadPins(t, name, r, set.exact, set.family, set.country)
				return
			}
			checkPins(t, name, r, set.exact, set.family, set.country)
			if testing.Verbose() {
				t.Log(name + ": per-sentence diff of the dev half\n" + newsDiff(exs, cases))
			}
		})
	}
}

// checkUnreadPins is checkPins for a set nobody tuning dyad reads: a
// failure names the level and its floor but not the score, so that the
// test cannot show a tuner the set's figures (the lead measures them with
// dyad eval --news at the end of a session). An unread set's pins sit a
// hundredth below its truncated score (docs/notes/news.md, session
// eighteen's declaration (i)): they catch a collapse, not the few events
// a retrain moves, so that no form is decided on unseen news.
func checkUnreadPins(t *testing.T, set string, r *eval.NewsReport, exact, family, country float64) {
	t.Helper()
	for _, l := range []struct {
		name    string
		f1, pin float64
	}{
		{"exact triples", r.Exact.Total.F1, exact},
		{"family+actors", r.Family.Total.F1, family},
		{"family+countries", r.Country.Total.F1, country},
	} {
		if l.f1 < l.pin {
			t.Errorf("%s %s F1 fell below the pinned %.2f (an unread set: its score is not printed)", set, l.name, l.pin)
		}
	}
}

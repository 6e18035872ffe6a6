package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/treebank"
)

// TestSubCodes codes, with the production dictionaries, sentences whose verb
// gives a family code and whose complement names the sub-category, with
// SubCodes on and off. The trees are the shapes dyad's parser gives them.
func TestSubCodes(t *testing.T) {
	set, _ := dict.Default()
	opt := DefaultOptions()
	off := New(set, opt)
	opt.SubCodes = true
	on := off.WithOptions(opt)
	date := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, tree string
		off, on    string // "SRC TGT CODE; …" without and with SubCodes
	}{
		{"appeal for rights (020 → 0243)",
			"(ROOT (S (NP (DT The) (NNP UN)) (VP (VBD urged) (NP (NNP Nepal)) (S (VP (TO to) (VP (VB respect) (NP (JJ human) (NNS rights)))))) (. .)))",
			"IGOUNO NPL 020", "IGOUNO NPL 0243"},
		{"a reported obligation with no event of its own (020 → 0242)",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Japan)) (VP (VBZ needs) (S (VP (TO to) (VP (VB enact) (NP (JJ economic) (NNS reforms))))))))) (. .)))",
			"USA JPN 020", "USA JPN 0242"},
		{"reject economic cooperation (120 → 1211)",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD rejected) (NP (DT a) (JJ Chinese) (NN proposal)) (PP (IN for) (NP (JJ free) (NN trade)))) (. .)))",
			"JPN CHN 120", "JPN CHN 1211"},
		{"reject military cooperation (120 → 1212)",
			"(ROOT (S (NP (NNP Kenya)) (VP (VBD rejected) (NP (NP (NNP Uganda) (POS 's)) (NN proposal)) (PP (IN for) (NP (JJ military) (NN cooperation)))) (. .)))",
			"KEN UGA 120", "KEN UGA 1212"},
		{"reject peacekeeping (120 → 1224)",
			"(ROOT (S (NP (NNP Serbia)) (VP (VBD rejected) (NP (DT a) (NN call)) (PP (IN for) (NP (NNS peacekeepers))) (PP (IN in) (NP (NNP Kosovo)))) (. .)))",
			"SCGSRB KSVUNO 120", "SCGSRB KSVUNO 1224"},
		// The first subject that decides: "ban" (administrative sanctions)
		// comes before "opposition parties", which 12 has no code for.
		{"refuse to ease administrative sanctions (120 → 1241)",
			"(ROOT (S (NP (NNP Pakistan)) (VP (VBD rejected) (NP (NP (NNP India) (POS 's)) (NN call)) (S (VP (TO to) (VP (VB lift) (NP (DT the) (NN ban)) (PP (IN on) (NP (NN opposition) (NNS parties))))))) (. .)))",
			"PAK IND 120", "PAK IND 1241"},
		{"accuse of human rights abuses (112 → 1122)",
			"(ROOT (S (NP (NNP Britain)) (VP (VBD accused) (NP (NP (NNP Iran)) (PP (IN of) (S (VP (VBG violating) (NP (JJ human) (NNS rights))))))) (. .)))",
			"GBR IRN 112", "GBR IRN 1122"},
		// A lender's past-tense approval of credit is the credit (071);
		// a future approval stays the intent (0331).
		{"approved loan is economic aid (0331 → 071)",
			"(ROOT (S (NP (DT The) (NNP World) (NNP Bank)) (VP (VBD approved) (NP (DT a) (CD 500) (CD million) (NN dollar) (NN loan)) (PP (TO to) (NP (NNP Kenya)))) (. .)))",
			"IGOUNODEVWBK KEN 0331", "IGOUNODEVWBK KEN 071"},
		{"approval to come stays an intent (0331)",
			"(ROOT (S (NP (DT The) (NNP IMF)) (VP (MD will) (VP (VB approve) (NP (DT a) (CD 3) (CD billion) (NN dollar) (NN loan)) (PP (IN for) (NP (NNP Egypt))))) (. .)))",
			"IGOBUSIMF EGY 0331", "IGOBUSIMF EGY 0331"},
		// threat.go's planThreat: a plan to use force, weighed or
		// announced, is a threat of force; a plan to help is not.
		{"examining a plan to strike (090 → 1384)",
			"(ROOT (S (NP (NNP Israel)) (VP (VBZ is) (VP (VBG examining) (NP (DT a) (NN plan)) (S (VP (TO to) (VP (VB strike) (NP (NNP Iran))))))) (. .)))",
			"ISR IRN 090", "ISR IRN 1384"},
		{"unveiling a plan to invade (010 → 1382)",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD unveiled) (NP (DT a) (NN plan)) (S (VP (TO to) (VP (VB invade) (NP (NNP Ukraine)))))) (. .)))",
			"RUS UKR 010", "RUS UKR 1382"},
		{"examining a plan to help stays 090",
			"(ROOT (S (NP (DT The) (NNP EU)) (VP (VBZ is) (VP (VBG examining) (NP (DT a) (NN plan)) (S (VP (TO to) (VP (VB help) (NP (NNP Ukraine))))))) (. .)))",
			"IGOEUREEC UKR 090", "IGOEUREEC UKR 090"},
		// An actor object coded as the opposition is the politician a
		// ban is on (1722); a journalist is not.
		{"ban on an opposition leader (172 → 1722)",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD banned) (NP (NN opposition) (NN leader) (NNP Alexei) (NNP Navalny)) (PP (IN from) (NP (DT the) (NN election)))) (. .)))",
			"RUS RUSOPP 172", "RUS RUSOPP 1722"},
		// An appeal to explain, clarify or inform is an appeal for
		// information (0214: "asked Tehran and Damascus to provide urgent
		// information"); the first subject named decides.
		{"appeal to explain (020 → 0214)",
			"(ROOT (S (NP (NNP China)) (VP (VBD urged) (NP (NNP Japan)) (S (VP (TO to) (VP (VB explain) (NP (PRP$ its) (JJ military) (NN buildup)))))) (. .)))",
			"CHN JPN 020", "CHN JPN 0214"},
		// &TOWN lists SETTLEMENT beside TOWN: a town is no peace
		// settlement, and the table reads the aid convoys allowed in.
		{"a town is no settlement (027 → 1055)",
			"(ROOT (S (NP (DT The) (NNP United) (NNP Nations)) (VP (VBD demanded) (SBAR (IN that) (S (NP (NNP Syria)) (VP (VB allow) (NP (NN aid) (NN convoys)) (PP (IN into) (NP (NP (DT the) (JJ besieged) (NN town)) (PP (IN of) (NP (NNP Madaya))))))))) (. .)))",
			"IGOUNO SYR 027", "IGOUNO SYR 1055"},
		// threat.go's invitedAppeal: an invitation to cooperate materially
		// or to send aid is an appeal for it; to talks it stays 036.
		{"invited to send aid (036 → 0231)",
			"(ROOT (S (NP (NNP Kenya)) (VP (VBD invited) (NP (NNP Britain)) (S (VP (TO to) (VP (VB send) (NP (JJ economic) (NN aid)))))) (. .)))",
			"KEN GBR 036", "KEN GBR 0231"},
		{"invited to set up a base (036 → 0212)",
			"(ROOT (S (NP (NNP Poland)) (VP (VBD invited) (NP (DT the) (NNP United) (NNPS States)) (S (VP (TO to) (VP (VB set) (PRT (RP up)) (NP (DT a) (JJ permanent) (JJ military) (NN base)) (PP (IN in) (NP (NNP Poland))))))) (. .)))",
			"POL USA 036", "POL USA 0212"},
		{"invited to talks stays 036",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD invited) (NP (DT the) (NNP IAEA)) (S (VP (TO to) (VP (VB attend) (NP (NNS talks)) (PP (IN in) (NP (NNP Tehran))))))) (. .)))",
			"IRN IGOUNOIAE 036", "IRN IGOUNOIAE 036"},
		{"threaten unconventional violence (130 → 1383)",
			"(ROOT (S (NP (NNP Hamas)) (VP (VBD threatened) (NP (JJ terrorist) (NNS attacks)) (PP (IN against) (NP (NNP Israel)))) (. .)))",
			"PSEREBHMS ISR 130", "PSEREBHMS ISR 1383"},
		// 084 with an actor as object is a release of persons; a ship is
		// property.
		{"release a person (084 → 0841)",
			"(ROOT (S (NP (JJ Polish) (NNS police)) (VP (VBD released) (NP (DT an) (JJ American) (NN journalist))) (. .)))",
			"POLCOP USAMED 084", "POLCOP USAMED 0841"},
		{"release property (084 → 0842)",
			"(ROOT (S (NP (NNP France)) (VP (VBD released) (NP (DT the) (NNP Greenpeace) (NN ship))) (. .)))",
			"FRA NGOENV 084", "FRA NGOENV 0842"},
		// Property and persons refine 084 only: planes allowed to land are
		// not a release (ALLOW's "- * &AIRCRAFT [080]").
		{"yield is not a release",
			"(ROOT (S (NP (NN Iran)) (VP (VBD allowed) (NP (NNP Iraqi) (NNS planes)) (PP (TO to) (NP (NN land)))) (. .)))",
			"IRN IRQ 080", "IRN IRQ 080"},
		// A closing comma clause the coder ignores still says what a
		// protest demands.
		{"protest for leadership change (141 → 1411)",
			"(ROOT (S (NP (NNP Kenyan) (NNS teachers)) (VP (VBD protested) (PP (IN against) (NP (DT the) (NNP Kenyan) (NN government))) (, ,) (S (VP (VBG demanding) (NP (NP (DT the) (NN resignation)) (PP (IN of) (NP (DT the) (NN president))))))) (. .)))",
			"KENEDU KENGOV 141", "KENEDU KENGOV 1411"},
		{"riot for leadership change (145 → 1451)",
			"(ROOT (S (NP (JJ Egyptian) (NNS students)) (VP (VBD rioted) (PP (IN against) (NP (DT the) (JJ Egyptian) (NN government))) (, ,) (S (VP (VBG demanding) (NP (NP (DT the) (NN resignation)) (PP (IN of) (NP (DT the) (NN president))))))) (. .)))",
			"EGYEDU EGYGOV 145", "EGYEDU EGYGOV 1451"},
		// A dropped stretch that is an attribution, not the verb's own
		// participle, is not read.
		{"an attribution is not the complement",
			"(ROOT (S (NP (NNP Sweden)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VB act) (ADVP (RB quickly))))) (, ,) (S (NP (DT a) (JJ human) (NNS rights) (NN group)) (VP (VBD said)))) (. .)))",
			"SWE IRN 020", "SWE IRN 020"},
		// Both sides of a two-way code.
		{"negotiation both ways (046:046 stays)",
			"(ROOT (S (NP (NNP Israel) (CC and) (NNP Syria)) (VP (VBD held) (NP (NNS negotiations))) (. .)))",
			"ISR SYR 046; SYR ISR 046", "ISR SYR 046; SYR ISR 046"},
		// Round four. The verb names the subject (FREE 080 → 084), and its
		// object then names the leaf: persons freed are 0841.
		{"the verb's subject, then its object (080 → 084 → 0841)",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD freed) (NP (CD four) (NNPS Americans))) (. .)))",
			"IRN USA 080", "IRN USA 0841"},
		// "free" as an adjective is no release (cue free/v).
		{"a free and open region is no release",
			"(ROOT (S (NP (NNP India) (CC and) (NNP Japan)) (VP (VBD pledged) (S (VP (TO to) (VP (VB deepen) (NP (PRP$ their) (NN cooperation)) (PP (IN for) (NP (DT a) (ADJP (JJ free) (CC and) (JJ open)) (NN region))))))) (. .)))",
			"IND JPN 030; JPN IND 030", "IND JPN 030; JPN IND 030"},
		// "grant" as a verb is no economic aid (cue grant/n); membership is
		// a diplomatic tie.
		{"to grant membership is diplomatic (020 → 022)",
			"(ROOT (S (NP (NNP Ukraine)) (VP (VBD urged) (NP (DT the) (NNP European) (NNP Union)) (S (VP (TO to) (VP (VB grant) (NP (PRP it)) (NP (NN membership)))))) (. .)))",
			"UKR IGOEUREEC 020", "UKR IGOEUREEC 022"},
		// 039 usage note: mediation takes precedence over meeting (@over).
		{"a delegation to broker an end (036 → 039)",
			"(ROOT (S (NP (NNP Norway)) (VP (MD would) (VP (VB lead) (NP (DT a) (NN delegation)) (PP (TO to) (NP (NNP Moscow))) (S (VP (TO to) (VP (VB broker) (NP (DT an) (NN end)) (PP (TO to) (NP (DT the) (NN war)))))))) (. .)))",
			"NOR RUS 036", "NOR RUS 039"},
		// A peace conference is a meeting: DEMAND's "- * + PEACE [027]"
		// read PEACE out of it.
		{"PEACE out of a peace conference (027 → 106)",
			"(ROOT (S (NP (NNP Egypt)) (VP (VBD demanded) (SBAR (IN that) (S (NP (DT the) (NNP United) (NNP Nations)) (VP (VB convene) (NP (DT a) (NN peace) (NN conference)))))) (. .)))",
			"EGY IGOUNO 027", "EGY IGOUNO 106"},
		// 1312 usage note: restrictions on commerce to punish the target.
		{"threaten tariffs (130 → 1312)",
			"(ROOT (S (NP (NNP China)) (VP (VBD threatened) (S (VP (TO to) (VP (VB impose) (NP (NNS tariffs)) (PP (IN on) (NP (JJ American) (NNS goods))))))) (. .)))",
			"CHN USA 130", "CHN USA 1312"},
		// 114: "written and institutionalized protests".
		{"a diplomatic protest is an official complaint (110 → 114)",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD lodged) (NP (DT a) (JJ diplomatic) (NN protest)) (PP (IN with) (NP (NNP China)))) (. .)))",
			"JPN CHN 110", "JPN CHN 114"},
		// Visitors that are inspectors or peacekeepers (@agent): the host
		// receives them (0862, 0861), they investigate (090) or deploy (074).
		{"inspectors arriving (042:043 → 090:0862)",
			"(ROOT (S (NP (NNP UN) (NNS weapons) (NNS inspectors)) (VP (VBD arrived) (PP (IN in) (NP (NNP Iraq)))) (. .)))",
			"IGOUNO IRQ 042; IRQ IGOUNO 043", "IGOUNO IRQ 090; IRQ IGOUNO 0862"},
		{"peacekeepers arriving (042:043 → 074:0861)",
			"(ROOT (S (NP (NNP UN) (NNS peacekeepers)) (VP (VBD arrived) (PP (IN in) (NP (NNP Lebanon)))) (. .)))",
			"IGOUNO LBN 042; LBN IGOUNO 043", "IGOUNO LBN 074; LBN IGOUNO 0861"},
		{"other visitors stay a visit",
			"(ROOT (S (NP (NNP UN) (NNS officials)) (VP (VBD arrived) (PP (IN in) (NP (NNP Iraq)))) (. .)))",
			"IGOUNO IRQ 042; IRQ IGOUNO 043", "IGOUNO IRQ 042; IRQ IGOUNO 043"},
		// 174 usage note: expelled peacekeepers are 1661; 1711: property
		// seized is confiscated, not arrested (SEIZE is in the 173 block).
		{"peacekeepers ordered to leave (166 → 1661)",
			"(ROOT (S (NP (NNP Eritrea)) (VP (VBD ordered) (NP (NNP UN) (NNS peacekeepers)) (S (VP (TO to) (VP (VB leave))))) (. .)))",
			"ERI IGOUNO 166", "ERI IGOUNO 1661"},
		{"a ship seized (173 → 1711)",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD seized) (NP (DT a) (JJ British) (NN ship))) (. .)))",
			"IRN GBR 173", "IRN GBR 1711"},
		// A pattern's intent code on a past-tense verb with no code of its
		// own is the act (0334 usage note: actual deployments are 074).
		{"peacekeepers deployed (0334 → 074)",
			"(ROOT (S (NP (NNP France)) (VP (VBD deployed) (NP (NNS peacekeepers)) (PP (TO to) (NP (NNP Mali)))) (. .)))",
			"FRA MLI 0334", "FRA MLI 074"},
		{"peacekeepers to be deployed stay an intent",
			"(ROOT (S (NP (NNP France)) (VP (MD will) (VP (VB deploy) (NP (NNS peacekeepers)) (PP (TO to) (NP (NNP Mali))))) (. .)))",
			"FRA MLI 0334", "FRA MLI 0334"},
		// The words of a named actor are not the subject.
		{"a name is not a subject",
			"(ROOT (S (NP (NNP Egypt)) (VP (VBD urged) (NP (NNP Human) (NNPS Rights) (NNP Watch)) (S (VP (TO to) (VP (VB end) (NP (PRP$ its) (NN campaign)))))) (. .)))",
			"EGY NGOHRI 020", "EGY NGOHRI 020"},
		// An adverbial clause is not the complement.
		{"reading stops at an adverbial clause",
			"(ROOT (S (NP (NNP Syria)) (VP (VBD urged) (NP (NNP Israel)) (S (VP (TO to) (VP (VB act) (PP (IN after) (NP (DT the) (JJ human) (NNS rights) (NN report))))))) (. .)))",
			"SYR ISR 020", "SYR ISR 020"},
		// Round six: a finite clause opened by "as", "unless", "until" or
		// "once" is another event, not the complement; "as well as" is not
		// a clause.
		{"reading stops at an as-clause (030 stays)",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD pledged) (S (VP (TO to) (VP (VB deepen) (NP (PRP$ its) (NN cooperation)) (PP (IN with) (NP (NNP India))) (, ,) (SBAR (IN as) (S (NP (PRP$ its) (JJ prime) (NN minister)) (VP (VBD announced) (NP (JJ new) (NN investment))))))))) (. .)))",
			"JPN IND 030", "JPN IND 030"},
		{"as well as is read (030 → 0311)",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD pledged) (S (VP (TO to) (VP (VB deepen) (NP (PRP$ its) (NN cooperation)) (PP (IN with) (NP (NP (NNP India)) (CONJP (RB as) (RB well) (IN as)) (NP (NN investment)))))))) (. .)))",
			"JPN IND 030", "JPN IND 0311"},
		// Round six: a pattern whose own words were all read out of a
		// named actor ("the Rapid Support Forces") gives way to the verb's
		// code and the table; the same pattern on a word of the text stays.
		{"a pattern word read out of a name (022 → 028)",
			"(ROOT (S (NP (NP (NNP Sudan) (POS 's)) (NN army)) (VP (VBD asked) (NP (NNP Saudi) (NNP Arabia)) (S (VP (TO to) (VP (VB mediate) (PP (IN with) (NP (DT the) (JJ Rapid) (NNP Support) (NNS Forces))))))) (. .)))",
			"SDNMIL SAU 022", "SDNMIL SAU 028"},
		{"the pattern word in the text stays (022)",
			"(ROOT (S (NP (NNP Sudan)) (VP (VBD asked) (NP (NNP Saudi) (NNP Arabia)) (S (VP (TO to) (VP (VB support) (NP (DT the) (NNS talks)))))) (. .)))",
			"SDN SAU 022", "SDN SAU 022"},
		// Round six table entries (data/subcodes.txt): a dispute settled
		// (027), one right named (0243), threats to expel peacekeepers
		// (136), investigators let in (1245), air strikes investigated (093).
		{"settle a border dispute (020 → 027)",
			"(ROOT (S (NP (DT The) (NNP African) (NNP Union)) (VP (VBD urged) (NP (NNP Ethiopia) (CC and) (NNP Eritrea)) (S (VP (TO to) (VP (VB settle) (NP (PRP$ their) (NN border) (NN dispute)))))) (. .)))",
			"IGOAFRAFU ETH 020; IGOAFRAFU ERI 020", "IGOAFRAFU ETH 027; IGOAFRAFU ERI 027"},
		{"the right to protest (020 → 0243)",
			"(ROOT (S (NP (DT The) (NNP U.N.)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VB respect) (NP (DT the) (NN right)) (S (VP (TO to) (VP (VB protest)))))))) (. .)))",
			"IGOUNO IRN 020", "IGOUNO IRN 0243"},
		{"threaten to expel peacekeepers (130 → 136)",
			"(ROOT (S (NP (NNP Mali)) (VP (VBD threatened) (S (VP (TO to) (VP (VB expel) (NP (NNP U.N.) (NNS peacekeepers)))))) (. .)))",
			"MLI IGOUNO 130", "MLI IGOUNO 136"},
		{"refuse to allow investigators (124 → 1245)",
			"(ROOT (S (NP (NNP Myanmar)) (VP (VBD refused) (S (VP (TO to) (VP (VB allow) (NP (NNP U.N.) (NNS investigators)) (PP (IN into) (NP (NNP Rakhine))))))) (. .)))",
			"MMR IGOUNO 124", "MMR IGOUNO 1245"},
		{"investigate an air strike (090 → 093)",
			"(ROOT (S (NP (DT The) (NNP United) (NNP Nations)) (VP (VBD opened) (NP (DT an) (NN investigation)) (PP (IN into) (NP (DT the) (NNP Israeli) (NN air) (NN strike)))) (. .)))",
			"IGOUNO ISR 090", "IGOUNO ISR 093"},
		// A sum of money a pattern read (&CURRENCY: economic aid) is aid
		// of the kind named after it (moneyFor).
		{"money in humanitarian aid (0231 → 0233)",
			"(ROOT (S (NP (DT The) (NNP United) (NNP Nations)) (VP (VBD appealed) (PP (IN for) (NP (CD 2) (CD billion) (NNS dollars))) (PP (IN in) (NP (JJ humanitarian) (NN aid))) (PP (IN for) (NP (NNP Sudan)))) (. .)))",
			"IGOUNO SDN 0231", "IGOUNO SDN 0233"},
		{"money alone stays economic aid (0231)",
			"(ROOT (S (NP (NNP Pakistan)) (VP (VBD appealed) (PP (IN for) (NP (CD 2) (CD billion) (NNS dollars))) (PP (IN from) (NP (NNP China)))) (. .)))",
			"PAK CHN 0231", "PAK CHN 0231"},
		{"troops stationed at a request (020 → 0212)",
			"(ROOT (S (NP (NNP Poland)) (VP (VBD asked) (NP (DT the) (NNP United) (NNPS States)) (S (VP (TO to) (VP (VB station) (NP (JJR more) (NNS troops)) (PP (IN on) (NP (PRP$ its) (NN territory))))))) (. .)))",
			"POL USA 020", "POL USA 0212"},
		{"troops pulled, out of the clause (100 → 1056)",
			"(ROOT (S (S (NP (NNP Washington)) (VP (VBD demanded) (SBAR (IN that) (S (NP (NNP Russia)) (VP (VB pull) (NP (PRP$ its) (NNS troops))))))) (IN out) (PP (IN of) (NP (NNP Ukraine))) (. .)))",
			"USA RUS 100", "USA RUS 1056"},
		// Two coordinated actions in the complement are two events when
		// they name two subjects (subcode_coord.go); the same subject twice
		// is one.
		{"two appeals in one complement (025 → 0256 + 026)",
			"(ROOT (S (NP (DT The) (NNP UN)) (VP (VBD urged) (NP (NNP Armenia)) (S (VP (TO to) (VP (VP (VB halt) (NP (PRP$ its) (NNS attacks))) (CC and) (VP (VB resume) (NP (NNS talks))))))) (. .)))",
			"IGOUNO ARM 025", "IGOUNO ARM 0256; IGOUNO ARM 026"},
		{"two promises in one complement (0333 + 0334)",
			"(ROOT (S (NP (NNP Kenya)) (VP (VBD pledged) (S (VP (TO to) (VP (VP (VB send) (NP (NNS peacekeepers)) (PP (TO to) (NP (NNP Haiti)))) (CC and) (VP (VB provide) (NP (JJ humanitarian) (NN aid))))))) (. .)))",
			"KEN HTI 0333", "KEN HTI 0333; KEN HTI 0334"},
		{"one subject twice is one demand (025 → 1056)",
			"(ROOT (S (NP (DT The) (NNP UN)) (VP (VBD demanded) (SBAR (IN that) (S (NP (NNP Russia)) (VP (VP (VB stop) (NP (PRP$ its) (JJ offensive))) (CC and) (VP (VB withdraw) (NP (PRP$ its) (NNS troops))))))) (. .)))",
			"IGOUNO RUS 025", "IGOUNO RUS 1056"},
		// A ban on trade is an embargo (163), on aid deliveries a matter of
		// humanitarian access: @over moves the administrative code a verb or
		// a pattern's leaf gave (overLeaf).
		{"a ban on relief flights (0251 → 0255)",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS Nations)) (VP (VBD urged) (NP (NNP Sudan)) (S (VP (TO to) (VP (VB lift) (NP (PRP$ its) (NN ban)) (PP (IN on) (NP (NN relief) (NNS flights))))))) (. .)))",
			"IGOUNO SDN 0251", "IGOUNO SDN 0255"},
		{"a ban on exports lifted (081 → 085)",
			"(ROOT (S (NP (NNP India)) (VP (VBD lifted) (NP (PRP$ its) (NN ban)) (PP (IN on) (NP (NN rice) (NNS exports))) (PP (TO to) (NP (NNP Nepal)))) (. .)))",
			"IND NPL 081", "IND NPL 085"},
		{"a ban on imports imposed (170 → 163)",
			"(ROOT (S (NP (NNP China)) (VP (VBD imposed) (NP (DT a) (NN ban)) (PP (IN on) (NP (JJ Japanese) (NN seafood) (NNS imports)))) (. .)))",
			"CHN JPN 170", "CHN JPN 163"},
		{"refused to lift a ban on imports (1241 → 1244)",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD refused) (S (VP (TO to) (VP (VB lift) (NP (PRP$ its) (NN ban)) (PP (IN on) (NP (JJ Ukrainian) (NN grain) (NNS imports))))))) (. .)))",
			"RUS UKR 1241", "RUS UKR 1244"},
		// Suspects handed over for trial are judicial cooperation (0213),
		// not a release; inspectors allowed back are no support (022).
		{"handed over for trial (0253 → 0213)",
			"(ROOT (S (NP (NNP Britain)) (VP (VBD asked) (NP (NNP Libya)) (S (VP (TO to) (VP (VB hand) (PP (IN over) (NP (DT the) (CD two) (NNS suspects))) (PP (IN for) (NP (NN trial))) (PP (IN in) (NP (NNP Scotland))))))) (. .)))",
			"GBR LBY 0253", "GBR LBY 0213"},
		{"inspectors allowed back (022 → 0255)",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS Nations)) (VP (VBD urged) (NP (NNP Iraq)) (S (VP (TO to) (VP (VB allow) (NP (NNS weapons) (NNS inspectors)) (ADVP (RB back)))))) (. .)))",
			"IGOUNO IRQ 022", "IGOUNO IRQ 0255"},
		// Economic ties threatened are a non-force threat (131); tension
		// reduced is de-escalation.
		{"threaten economic ties (130 → 131)",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD threatened) (S (VP (TO to) (VP (VB cut) (NP (JJ economic) (NNS ties)) (PP (IN with) (NP (NNP China))))))) (. .)))",
			"JPN CHN 130", "JPN CHN 131"},
		{"agree to reduce tension (030 → 0356)",
			"(ROOT (S (NP (NNP Israel) (CC and) (NNP Syria)) (VP (VBD agreed) (S (VP (TO to) (VP (VB reduce) (NP (NN tension)) (PP (IN along) (NP (PRP$ their) (NN border))))))) (. .)))",
			"ISR SYR 030; SYR ISR 030", "ISR SYR 0356; SYR ISR 0356"},
		// 053 "Call on other parties to support the target": support for
		// a named actor (@actornext); support for a plan stays 022.
		{"a call to support an actor (020 → 053)",
			"(ROOT (S (NP (DT The) (NNP Arab) (NNP League)) (VP (VBD called) (PP (IN on) (NP (PRP$ its) (NNS members))) (S (VP (TO to) (VP (VB support) (NP (NNP Iraq)))))) (. .)))",
			"IGOMEAARL IRQ 020", "IGOMEAARL IRQ 053"},
		{"a call to support a plan (020 → 022)",
			"(ROOT (S (NP (NNP Britain)) (VP (VBD urged) (NP (NNP France)) (S (VP (TO to) (VP (VB support) (NP (DT the) (NN plan)))))) (. .)))",
			"GBR FRA 020", "GBR FRA 022"},
		// 113 "Mobilize other parties against the target".
		{"a call to unite against an actor (020 → 113)",
			"(ROOT (S (NP (DT The) (NNP Arab) (NNP League)) (VP (VBD called) (PP (IN on) (NP (PRP$ its) (NNS members))) (S (VP (TO to) (VP (VB unite) (PP (IN against) (NP (NNP Israel))))))) (. .)))",
			"IGOMEAARL ISR 020", "IGOMEAARL ISR 113"},
		// A generic weapon's pattern (&WEAPON [193:193]) takes the code of
		// the weapon named: rockets are 194 (weaponMeans).
		{"rocket launchers used to strike (193 → 194)",
			"(ROOT (S (NP (JJ Ukrainian) (NNS forces)) (VP (VBD used) (NP (NN rocket) (NNS launchers)) (S (VP (TO to) (VP (VB strike) (NP (DT a) (JJ Russian) (NN ammunition) (NN depot)))))) (. .)))",
			"UKRMIL RUSMIL 193; RUSMIL UKRMIL 193", "UKRMIL RUSMIL 194; RUSMIL UKRMIL 194"},
		// 1411 usage note: demonstrations demanding new elections.
		// The students are Belgrade's: in a one-country sentence the role
		// keeps the dated sub-state (SCGSRB), not the bare state.
		{"a march for new elections (140 → 1411)",
			"(ROOT (S (NP (NP (NNS Thousands)) (PP (IN of) (NP (NNS students)))) (VP (VBD marched) (PP (IN in) (NP (NNP Belgrade))) (S (VP (VBG demanding) (NP (JJ new) (NNS elections))))) (. .)))",
			"SCGSRBEDU SCGSRB 140", "SCGSRBEDU SCGSRB 1411"},
		// 061 / 0311 usage notes: economic aid provided or promised is 071
		// / 0331, not economic cooperation (@over on ECONAID).
		{"a loan approved (0311 → 071)",
			"(ROOT (S (NP (DT The) (NNP World) (NNP Bank)) (VP (VBD approved) (NP (DT a) (NN loan)) (PP (TO to) (NP (NNP Kenya)))) (. .)))",
			"IGOUNODEVWBK KEN 0311", "IGOUNODEVWBK KEN 071"},
		// A pattern written for another verb of the block (WANT's "- * AID
		// [023]" in DEMAND, APPROVE's "- * &PKO [0334]" in ALLOW) is moved
		// into the verb's own family with its subject, then refined.
		{"another verb's pattern in the verb's family (023 → 1031)",
			"(ROOT (S (NP (NNP Ukraine)) (VP (VBD demanded) (NP (JJ economic) (NN aid)) (PP (IN from) (NP (DT the) (NNP European) (NNP Union)))) (. .)))",
			"UKR IGOEUREEC 023", "UKR IGOEUREEC 1031"},
		{"another verb's pattern in the verb's family (0334 → 0861)",
			"(ROOT (S (NP (NNP Lebanon)) (VP (VBD allowed) (NP (NNP UN) (NNS peacekeepers)) (PP (IN into) (NP (DT the) (NN south)))) (. .)))",
			"LBN IGOUNO 0334", "LBN IGOUNO 0861"},
		// The future tense is an intent (030 usage note).
		{"future aid is a promise (070 → 033)",
			"(ROOT (S (NP (NNP Japan)) (VP (MD will) (VP (VB provide) (NP (NN aid)) (PP (TO to) (NP (NNP Haiti))))) (. .)))",
			"JPN HTI 070", "JPN HTI 033"},
		{"the past release of persons",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD released) (NP (DT the) (JJ British) (NNS sailors))) (. .)))",
			"IRN GBR 084", "IRN GBR 0841"},
		// 0241 usage note: "Also code appeals for elections here".
		{"appeal for elections (020 → 0241)",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS Nations)) (VP (VBD urged) (NP (NNP Haiti)) (S (VP (TO to) (VP (VB hold) (NP (NNS elections)))))) (. .)))",
			"IGOUNO HTI 020", "IGOUNO HTI 0241"},
		// The verb itself names the subject when its phrase does not:
		// PARDON is 080, and pardons are releases of persons (0841 usage
		// note).
		{"the verb names the subject (080 → 0841)",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD pardoned) (NP (DT the) (JJ British) (NN journalist))) (. .)))",
			"IRN GBRMED 080", "IRN GBRMED 0841"},
		// "to strike" is an attack, "a strike" a labour protest (133).
		{"threaten to strike (130 → 1384)",
			"(ROOT (S (NP (NNP North) (NNP Korea)) (VP (VBD threatened) (S (VP (TO to) (VP (VB strike) (NP (NNP South) (NNP Korea)))))) (. .)))",
			"PRK KOR 130", "PRK KOR 1384"},
		// The means of violence, in the subject or the phrase, across 18 and
		// 19: BOMBERS is an &AIRCRAFT member, so a pattern read "suicide
		// bombers" as an air strike.
		{"suicide bombers (195 → 1831)",
			"(ROOT (S (NP (CD Two) (JJ Palestinian) (NN suicide) (NNS bombers)) (VP (VBD killed) (NP (CD 23) (NNP Israelis))) (. .)))",
			"PSEREB ISR 195", "PSEREB ISR 1831"},
		{"an air strike (190 → 195)",
			"(ROOT (S (NP (JJ Israeli) (NNS troops)) (VP (VBD killed) (NP (CD three) (NNPS Palestinians)) (PP (IN in) (NP (DT an) (NN air) (NN strike)))) (. .)))",
			"ISRMIL PSE 190", "ISRMIL PSE 195"},
		// A pattern's word read out of a longer phrase of the table gives way
		// to that phrase's subject, in the verb's family.
		{"FREE out of free elections (0253 → 0241)",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD urged) (NP (NNP Cuba)) (S (VP (TO to) (VP (VB hold) (NP (JJ free) (NNS elections)))))) (. .)))",
			"USA CUB 0253", "USA CUB 0241"},
		{"AGREEMENT out of a trade agreement (127 → 1211)",
			"(ROOT (S (NP (NNP India)) (VP (VBD rejected) (NP (NP (DT a) (NN trade) (NN agreement)) (PP (IN with) (NP (NNP Pakistan))))) (. .)))",
			"IND PAK 127", "IND PAK 1211"},
		{"PEACE out of a peace settlement (027 → 107)",
			"(ROOT (S (NP (DT The) (NNP United) (NNP Nations)) (VP (VBD demanded) (NP (DT a) (NN peace) (NN settlement)) (PP (IN between) (NP (NNP Eritrea) (CC and) (NNP Ethiopia)))) (. .)))",
			"IGOUNO ERI 027; IGOUNO ETH 027", "IGOUNO ERI 107; IGOUNO ETH 107"},
		// A bare pattern of another verb in another family ("- $ * [040]
		// # DEBATE") leaves the verb's own code (OPPOSE: 110).
		{"another verb's bare pattern (040 → 110)",
			"(ROOT (S (NP (NNP China)) (VP (VBD opposed) (NP (DT the) (JJ Japanese) (NN move))) (. .)))",
			"CHN JPN 040", "CHN JPN 110"},
		// ... and to the verb's own code when that phrase names nothing
		// (URGE's "- * + TO RELEASE [0253]" on "release its report").
		{"RELEASE out of release its report (0253 → 020)",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD urged) (NP (DT the) (NNP United) (NNPS Nations)) (S (VP (TO to) (VP (VB release) (NP (PRP$ its) (NN report)) (PP (IN on) (NP (NNP Israel))))))) (. .)))",
			"IRN IGOUNO 0253", "IRN IGOUNO 020"},
		// A pattern's four-digit code is the codebook's leaf.
		{"a leaf code stays",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD promised) (NP (JJ economic) (NN aid)) (PP (TO to) (NP (NNP Kenya)))) (. .)))",
			"JPN KEN 0331", "JPN KEN 0331"},
	}
	code := func(c *Coder, tree string) string { return codeTree(t, c, tree, date) }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := code(off, tt.tree); got != tt.off {
				t.Errorf("without SubCodes: got %q, want %q", got, tt.off)
			}
			if got := code(on, tt.tree); got != tt.on {
				t.Errorf("with SubCodes: got %q, want %q", got, tt.on)
			}
		})
	}
}

// TestSubCodeChain: a refined code is refined again by later words, and a
// subject that needs another after it waits for it. "allowed" is 080; "allow"
// before "aid agencies" is 086 Allow international involvement, and "aid
// agencies" then 0863 Allow humanitarian access. Codes only: the sides are
// another test's business.
func TestSubCodeChain(t *testing.T) {
	set, _ := dict.Default()
	opt := DefaultOptions()
	opt.SubCodes = true
	c := New(set, opt)
	date := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ tree, want string }{
		{"(ROOT (S (NP (NNP Egypt)) (VP (VBD allowed) (NP (NN aid) (NNS agencies)) (PP (IN into) (NP (NNP Gaza)))) (. .)))", "0863"},
		// "allow" with no international actor after it names nothing.
		{"(ROOT (S (NP (NNP Egypt)) (VP (VBD allowed) (NP (NNS students)) (PP (IN into) (NP (NNP Gaza)))) (. .)))", "080"},
	}
	for _, tt := range tests {
		tr, err := treebank.Parse(tt.tree)
		if err != nil {
			t.Fatal(err)
		}
		evs, err := c.Code(tr, date)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 || string(evs[0].Code) != tt.want {
			t.Errorf("%s: got %v, want code %s", tt.tree, evs, tt.want)
		}
	}
}

// BenchmarkSubCodes codes the production trees of BenchmarkCodeProduction
// with SubCodes off and on: the cost of reading each verb's complement.
func BenchmarkSubCodes(b *testing.B) {
	set, _ := dict.Default()
	var trees []*treebank.Node
	for _, s := range productionTrees {
		t, err := treebank.Parse(s)
		if err != nil {
			b.Fatal(err)
		}
		trees = append(trees, t)
	}
	date := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, on := range []bool{false, true} {
		opt := DefaultOptions()
		opt.SubCodes = on
		c := New(set, opt)
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				for _, t := range trees {
					c.Code(t, date)
					n++
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}

// FuzzSubCodes: with the pipeline's options (SubCodes, ReportedActs,
// KeepMainVerb) and the production dictionaries, any tree the reader accepts
// is coded without a panic, and every code is a code.
func FuzzSubCodes(f *testing.F) {
	set, _ := dict.Default()
	opt := DefaultOptions()
	opt.SubCodes, opt.ReportedActs, opt.KeepMainVerb = true, true, true
	c := New(set, opt)
	for _, s := range []string{
		"(ROOT (S (NP (NNP Egypt)) (VP (VBD allowed) (NP (NN aid) (NNS agencies)) (PP (IN into) (NP (NNP Gaza)))) (. .)))",
		"(ROOT (S (NP (CD Two) (JJ Palestinian) (NN suicide) (NNS bombers)) (VP (VBD killed) (NP (CD 23) (NNP Israelis))) (. .)))",
		"(ROOT (S (NP (NNP Sweden)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VB act)))) (, ,) (S (NP (DT a) (NN group)) (VP (VBD said)))) (. .)))",
		"(ROOT (S (NP (PRP they)) (VP (MD will) (VP (VB release) (NP (NNS prisoners))))))",
		"(VP (VBD released))",
		"(ROOT (S (NP (NNP Syria)) (VP (VBD said) (SBAR (S (NP (NNP Israel)) (VP (VBD had) (VP (VBN attacked) (NP (NNP Lebanon))))))) (. .)))",
		"(ROOT (S (NP (NNP Egypt)) (VP (VBD condemned) (NP (DT the) (NNP Israeli) (NN raid)) (PP (IN on) (NP (NNP Lebanon)))) (. .)))",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tree string) {
		n, err := treebank.Parse(tree)
		if err != nil {
			return
		}
		evs, _ := c.Code(n, time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC))
		for _, e := range evs {
			if len(e.Code) < 3 || strings.Trim(string(e.Code), "0123456789") != "" {
				t.Fatalf("code %q", e.Code)
			}
		}
	})
}

package pipeline_test

import (
	"strings"
	"testing"
)

// TestLinkedRemovals: a legislature's vote that removes its state's leader
// is also the leader's forced yielding of power (0831, ousted government as
// source, coder/legremoval.go): the vote "to remove" is the 0831 alone, an
// impeachment said to remove keeps its 115 beside the 0831, and one that
// leaves the removal to a later ruling, another vote, or a vote to remove
// something else than the president adds none.
func TestLinkedRemovals(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
		date string
	}{
		{"Peru's Congress voted on Thursday to remove President Martin Vizcarra from office over bribery allegations.", "PERGOV>PERLEG 0831", "2020-11-09"},
		{"Peru's Congress voted to impeach President Martin Vizcarra on Tuesday, removing him from office.", "PERLEG>PERGOV 115; PERGOV>PERLEG 0831", "2020-11-09"},
		{"Peru's Congress voted to impeach President Martin Vizcarra on Tuesday, pending a ruling on whether to remove him from office.", "PERLEG>PERGOV 115", "2020-11-09"},
		{"Peru's Congress voted to reject a motion by President Martin Vizcarra.", "PERLEG>PERGOV 014", "2020-11-09"},
		// What is removed is not the president: the vote's own reading.
		{"Peru's Congress voted to remove restrictions imposed by President Martin Vizcarra.", "PERLEG>PERGOV 160", "2020-11-09"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSenateRemoval: a senate voting to remove a president (an impeachment
// trial's verdict, which the sets code as a court's ruling) gains no 0831,
// whatever the vote itself is coded as.
func TestSenateRemoval(t *testing.T) {
	got := list(codeText(t, "Paraguay's Senate voted on Friday to remove President Fernando Lugo from office.", "2012-06-22"))
	if !strings.Contains(got, "PRYLEG>PRYGOV") || strings.Contains(got, "0831") {
		t.Errorf("got %q, want the senate's vote on the president and no 0831", got)
	}
}

// TestLinkedClashes: a clash "with" the other side between two armed sides
// is fought both ways (coder/clash.go): 190 each way; a clash of police with
// protesters, and a clash named with no other side ("after days of
// clashes"), keep the one direction their verb gives. A gunfight is a
// small-arms fight, 193 (round thirty-seven), as the dev gold codes it:
// fresh26 aj-145 and fresh31 ao-170 ("killed … in a gunfight", the 193
// pair), fresh35 as-195 (193), fresh45 bc-018 ("killed in a gunfight with
// militants", the 193 pair), fresh13 v-083 ("gunbattles", 193).
func TestLinkedClashes(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Three policemen were wounded in a clash with Maoist rebels in Chhattisgarh on Friday.", "INDREB>INDCOP 190; INDCOP>INDREB 190"},
		{"Indian troops were killed in gunfights with Pakistani soldiers along the border.", "PAKMIL>INDMIL 193; INDMIL>PAKMIL 193"},
		{"Five protesters were wounded in a clash with police in Lima on Friday.", "PERCOP>PEROPP 190"},
		{"Two soldiers were wounded by Maoist rebels in Chhattisgarh on Friday after days of clashes.", "INDREB>INDMIL 190"},
	}
	checkCodes(t, "2021-03-02", tests)
}

// TestLinkedCalls: a telephone call named after an act between two
// parties is also their call, 041 both ways (coder/callpair.go); a call
// phrase that belongs to another clause's verb ("after X spoke by phone
// with Y"), or that names other parties ("after a phone call between X and
// Y"), gives no call between the first clause's parties.
func TestLinkedCalls(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Russian President Vladimir Putin thanked Turkish President Recep Tayyip Erdogan in a telephone call on Monday for his mediation.",
			"RUSGOV>TURGOV 051; RUSGOV>TURGOV 041; TURGOV>RUSGOV 041"},
		{"Japan's prime minister invited South Korea's president to Tokyo after a phone call on Tuesday.",
			"JPNGOV>KORGOV 036; JPNGOV>KORGOV 041; KORGOV>JPNGOV 041"},
		{"France summoned Iran's ambassador on Monday after Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan.",
			"FRA>IRNGOV 114; RUSGOV>TURGOV 041; TURGOV>RUSGOV 041"},
		// A call that names other parties is theirs, not the act's.
		{"China criticised Japan after a phone call between Biden and Kishida.", "CHN>JPN 111"},
	}
	checkCodes(t, "2022-03-07", tests)
}

// TestTakenPower: a military that "has taken power" ousts its own
// government, the coup's 0831 from the government (coder/coupyield.go, the
// perfect participle beside took and seized); taking control of a place
// is no coup.
func TestTakenPower(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Gabon's army has taken power after the disputed election.", "GABGOV>GABMIL 0831"},
		{"Gabon's army has taken control of the airport.", ""},
	}
	checkCodes(t, "2023-08-30", tests)
}

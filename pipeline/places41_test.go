package pipeline_test

import "testing"

// TestPlaces41Landmarks: a seat of government or venue named after a
// locative preposition is the place of the meeting told there, as its city
// is (coder/landmark.go, data/landmarks.txt): a guest meeting the host in
// the Oval Office, the Great Hall of the People or Downing Street visits
// the host's state (042) and is hosted (043), as "in Washington" already
// made it. The same names as actors stay actors: "the Kremlin said" is
// RUSGOV, "the White House criticised" USAGOV. Sentences written for the
// test (dated 2025, Trump and Starmer in office); rule coder alone.
func TestPlaces41Landmarks(t *testing.T) {
	checkRuleCodes(t, "2025-03-01", []struct{ text, want string }{
		{"Polish President Andrzej Duda met Trump in the Oval Office on Friday.", "POLGOV>USA 042; USAGOV>POLGOV 043"},
		{"Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in the Great Hall of the People on Thursday.", "KAZGOV>CHN 042; CHNGOV>KAZGOV 043"},
		{"Starmer met Zelenskiy in Downing Street on Saturday.", "UKRGOV>GBR 042; GBRGOV>UKRGOV 043"},
		// Protesters named by their role alone take the landmark's state
		// (placeLocals), as "in Washington" gives them.
		{"Hundreds of protesters rallied outside the White House on Sunday to demand a ceasefire in Gaza.", "USAOPP>USAGOV 141"},
		// Negatives: no place named, the meeting stays one; a landmark
		// as the speaker or the critic is the government it houses.
		{"Putin met Indian Prime Minister Narendra Modi on Monday.", "RUSGOV>INDGOV 040"},
		{"The Kremlin said on Tuesday that Putin would not meet Zelenskiy.", "RUSGOV>UKRGOV 125"},
		{"The White House criticised Israel on Monday.", "USAGOV>ISR 111"},
	})
}

// TestPlaces41MetAt: a meeting held with its place after AT is a meeting
// (040), not an intent to meet: MEET's "- * + AT [036:036]" is removed
// (pipeline/data/dyad.verbs.txt, round thirty-six), so a guest meeting the
// host at a seat of government visits the host's state. A meeting to come
// keeps its intent from the tense. Sentences written for the test (dated
// 2025); rule coder alone.
func TestPlaces41MetAt(t *testing.T) {
	checkRuleCodes(t, "2025-03-01", []struct{ text, want string }{
		{"Kenyan President William Ruto met Trump at the White House on Tuesday.", "KENGOV>USA 042; USAGOV>KENGOV 043"},
		{"Modi and Xi met at the BRICS summit on Wednesday.", "INDGOV>CHNGOV 040; CHNGOV>INDGOV 040"},
		// Negatives: a meeting to come is an intent, both ways.
		{"Putin will meet Modi at the summit in Kazan next week.", "RUSGOV>INDGOV 036; INDGOV>RUSGOV 036"},
		{"Putin is to meet Trump at a summit in Alaska on Friday.", "RUSGOV>USAGOV 036; USAGOV>RUSGOV 036"},
	})
}

package clean

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestPhotoCredit checks the photo-credit step on lines written for the
// test: credits of agencies, with a photographer's name, in brackets, glued
// to the lead; and lines that must pass unchanged (a caption that is no
// credit, a credit before a lower-case word, the word "Photo" in a
// sentence, a name not of two capitalised words). A name of three words
// ("Anna Maria Lopez") is read as two and leaves its third before the lead.
func TestPhotoCredit(t *testing.T) {
	tests := []struct{ in, out string }{
		{"Photo: AFP Troops crossed the border.", "Troops crossed the border."},
		{"Photo: Reuters / Getty Images Rebels seized the town.\nPhoto: EPA-EFE/File The talks ended.", "Rebels seized the town.\nThe talks ended."},
		{"(Photo: Xinhua) Beijing protested.", "Beijing protested."},
		{"PHOTO: AP/Maria SantosPolice cleared the square.", "Police cleared the square."},
		{"Photo: Anadolu Agency/Ali Demir Turkish jets struck.", "Turkish jets struck."},
		{"Photo: AFPKenyan police fired tear gas.", "Kenyan police fired tear gas."},
		// Unchanged.
		{"PHOTO: Tankers at anchor off the port.", "PHOTO: Tankers at anchor off the port."},
		{"Photo: AFP shows the scene.", "Photo: AFP shows the scene."},
		{"The Photo: AFP caption was wrong.", "The Photo: AFP caption was wrong."},
		{"Photo: Reuters/anna lopez Police said.", "Photo: Reuters/anna lopez Police said."},
		{"Photo: Reuters/Anna Lopez-Diaz Police said.", "Photo: Reuters/Anna Lopez-Diaz Police said."},
		{"Photo: Reuters/Anna", "Photo: Reuters/Anna"},
		{"(Photo: AFP Troops crossed.", "(Photo: AFP Troops crossed."},
		{"Photography: AFP Troops.", "Photography: AFP Troops."},
	}
	for _, tt := range tests {
		got := tt.in
		if e := dropCredit(tt.in, &run{q: &dyad.Quality{}}); e != nil {
			checkEdit(t, "photo-credit", e)
			got = e.text()
		}
		if got != tt.out {
			t.Errorf("photo-credit(%q)\n got %q\nwant %q", tt.in, got, tt.out)
		}
	}
}

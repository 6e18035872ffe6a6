package pipeline

import (
	"testing"

	"github.com/dyadproject/dyad"
)

func TestFirstRole(t *testing.T) {
	for _, c := range []struct{ code, want string }{
		{"IRNGOVBUS", "IRNGOV"},    // a minister Phoenix files under government and business
		{"KENOPPLEG", "KENOPP"},    // protesters outside parliament
		{"PRKMILJUD", "PRKMIL"},    // a military court
		{"USAGOVMILSPY", "USAGOV"}, // three roles
		{"PRKGOVMED", "PRKGOVMED"}, // state media keep their code
		{"IRNGOV", "IRNGOV"},
		{"PSEREBHMS", "PSEREBHMS"},       // a named group, not a second role
		{"IGOSEAASNMIL", "IGOSEAASNMIL"}, // a body's code is not a country's
		{"NGOHLHIRC", "NGOHLHIRC"},
		{"GBRGIBJUD", "GBRGIBJUD"}, // a territory, then the role
		{"GOVMIL", "GOVMIL"},       // no country
		{"USAGOVBU", "USAGOVBU"},
		{"IRNGOVRAD", "IRNGOVRAD"}, // a tertiary role is no stacked role
		{"USAGOVNGO", "USAGOV"},
	} {
		if got := firstRole(c.code); got != c.want {
			t.Errorf("firstRole(%s) = %s, want %s", c.code, got, c.want)
		}
	}
}

// TestFirstRolesDropsCopies cuts stacked roles and drops an event that is
// then a copy of an earlier one, cut or not (declaration (u)), keeping the
// rest in order.
func TestFirstRolesDropsCopies(t *testing.T) {
	ev := func(src, tgt, code string) dyad.Event {
		return dyad.Event{Source: dyad.Actor{Code: src}, Target: dyad.Actor{Code: tgt}, Code: dyad.Code(code)}
	}
	got := firstRoles([]dyad.Event{
		ev("IRNGOV", "SYRGOV", "046"),
		ev("IRNGOVBUS", "SYRGOV", "046"),
		ev("SYRGOV", "IRNGOVBUS", "046"),
		ev("IRNGOVBUS", "SYRGOV", "042"),
		ev("SYRGOV", "IRNGOV", "046"), // uncut, a copy of a cut event before it
		ev("IRNGOV", "SYRGOV", "046"), // an uncut copy the coder made goes too
	})
	var s []string
	for _, e := range got {
		s = append(s, e.Source.Code+">"+e.Target.Code+" "+string(e.Code))
	}
	want := []string{"IRNGOV>SYRGOV 046", "SYRGOV>IRNGOV 046", "IRNGOV>SYRGOV 042"}
	if len(s) != len(want) {
		t.Fatalf("got %v, want %v", s, want)
	}
	for i := range want {
		if s[i] != want[i] {
			t.Errorf("event %d: %s, want %s", i, s[i], want[i])
		}
	}
}

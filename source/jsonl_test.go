package source

import (
	"bufio"
	"strings"
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2024-02-10", "2024-02-10T00:00:00Z"},
		{"2024-02-10T10:00:00+02:00", "2024-02-10T08:00:00Z"},
		{"2024-02-10T10:00:00.123", "2024-02-10T10:00:00.123Z"},
		{"2024-02-10 10:00:00", "2024-02-10T10:00:00Z"},
		{"Sat, 10 Feb 2024 10:00:00 +0000", "2024-02-10T10:00:00Z"},
		{"February 10, 2024", "2024-02-10T00:00:00Z"},
		{"20240210", "2024-02-10T00:00:00Z"},
		{"1707559200", "2024-02-10T10:00:00Z"},
		{"1707559200000", "2024-02-10T10:00:00Z"},
		{" 2024-02 ", "2024-02-01T00:00:00Z"},
		{"yesterday", ""},
		{"12345", ""},
	} {
		got, ok := parseTime(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("parseTime(%q) = %v, want no date", c.in, got)
			}
			continue
		}
		if !ok || got.Format(time.RFC3339Nano) != c.want {
			t.Errorf("parseTime(%q) = %v, %v; want %s", c.in, got.Format(time.RFC3339Nano), ok, c.want)
		}
	}
}

func TestReadLine(t *testing.T) {
	in := "short\n" + strings.Repeat("x", 100) + "\nlast"
	br := bufio.NewReaderSize(strings.NewReader(in), 16)
	var got []string
	for {
		line, n, over, err := readLine(br, 10)
		got = append(got, string(line)+"|"+itoa(int(n))+"|"+map[bool]string{true: "over", false: ""}[over])
		if err != nil {
			break
		}
	}
	want := []string{"short|6|", "|101|over", "last|4|"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("lines %q, want %q", got, want)
	}
}

package report

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad"
)

// WriteMarkdown writes the report as Markdown to file, with its charts as
// PNG files beside it, named after file and the chart
// ("report.md" → "report-chn-irn-roots.png"), and linked relatively.
func (r *Report) WriteMarkdown(file string) error {
	stem := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	dir := filepath.Dir(file)
	img := func(c chart) (string, error) {
		name := stem + "-" + c.ID + ".png"
		if err := c.savePNG(filepath.Join(dir, name)); err != nil {
			return "", err
		}
		return fmt.Sprintf("![%s](%s)\n\n", mdEscape(c.Title), name), nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s · %d months", mdEscape(r.Title), describeFilter(r.Filter), len(r.Periods))
	if n := len(r.Periods); n > 0 {
		fmt.Fprintf(&b, ", %s to %s", monthText(r.Periods[0]), monthText(r.Periods[n-1]))
	}
	fmt.Fprintf(&b, " · made %s by dyad\n\n## Headline numbers\n\n", dateText(r.Generated))
	b.WriteString("| dyad | events | mentions | mean Goldstein | cooperation | conflict | first | last | busiest month | top topics |\n")
	b.WriteString("|---|--:|--:|--:|--:|--:|---|---|---|---|\n")
	for _, f := range r.all() {
		var tops []string
		for i, t := range f.Topics {
			if i == 4 {
				break
			}
			tops = append(tops, fmt.Sprintf("%s (%d)", t.Topic, t.Events))
		}
		busy := f.Busiest()
		fmt.Fprintf(&b, "| %s | %d | %d | %.2f | %d | %d | %s | %s | %s (%d) | %s |\n", f.Dyad.Label(), f.Events, f.Mentions, f.Goldstein,
			f.Cooperation(), f.Conflict(), dateText(f.First), dateText(f.Last), monthText(busy.Period), busy.Events, strings.Join(tops, ", "))
	}
	b.WriteString("\n")
	for _, c := range r.compareCharts() {
		s, err := img(c)
		if err != nil {
			return err
		}
		b.WriteString(s)
	}
	for i, f := range r.all() {
		fmt.Fprintf(&b, "## %s", f.Dyad.Label())
		if i > 0 {
			b.WriteString(" (comparison)")
		}
		b.WriteString("\n\n")
		for _, c := range r.charts(f) {
			s, err := img(c)
			if err != nil {
				return err
			}
			b.WriteString(s)
		}
		b.WriteString("### New or rising topics\n\n")
		if len(f.Rising) == 0 {
			b.WriteString("No topic is new or has at least doubled over the period.\n\n")
		} else {
			if h := (page{r}).Halves(); h != nil {
				fmt.Fprintf(&b, "Events per topic in %s (before) against %s (after).\n\n", h[0], h[1])
			}
			b.WriteString("| topic | first seen | before | after | what it is |\n|---|---|--:|--:|---|\n")
			for _, c := range f.Rising {
				name := c.Topic
				if c.New {
					name += " **new**"
				}
				fmt.Fprintf(&b, "| %s | %s | %d | %d | %s |\n", name, monthText(c.First), c.Before, c.After, mdEscape(r.Definitions[c.Topic]))
			}
			b.WriteString("\n")
		}
		b.WriteString("### Most reported events\n\n")
		if len(f.Top) == 0 {
			b.WriteString("No events.\n\n")
		}
		for k := range f.Top {
			e := &f.Top[k]
			fmt.Fprintf(&b, "%d. **%s** %s → %s, %s %s, Goldstein %s — %d mentions in %d articles", k+1, dateText(e.Date), e.Source, e.Target,
				e.Code, mdEscape(codeName(e)), trimFloat(e.Goldstein), e.NumMentions, e.NumArticles)
			if len(e.Topics) > 0 {
				fmt.Fprintf(&b, " · topics %s", strings.Join(e.Topics, ", "))
			}
			fmt.Fprintf(&b, "\n\n   > %s\n\n   ", mdEscape(strings.Join(strings.Fields(e.Mention.Text), " ")))
			for j, m := range sources(e) {
				if j > 0 {
					b.WriteString(" · ")
				}
				name := mdEscape(firstOf(m.DocSource, m.DocTitle, m.Doc))
				if m.DocURL != "" {
					fmt.Fprintf(&b, "[%s](<%s>)", name, strings.ReplaceAll(m.DocURL, ">", "%3E"))
				} else {
					b.WriteString(name)
				}
			}
			b.WriteString("\n\n")
		}
	}
	fmt.Fprintf(&b, "---\nCounts are dyad's deduplicated events; every figure is what `dyad query` and `dyad trend` give on the same store with the same filters. Monthly figures leave out %d undated events of %s.\n", r.Main.Undated, r.Main.Dyad.Label())
	out, err := os.Create(file)
	if err != nil {
		return dyad.E(dyad.EINVALID, "report", err)
	}
	w := bufio.NewWriter(out)
	w.WriteString(b.String())
	if err := w.Flush(); err != nil {
		out.Close()
		return dyad.E(dyad.EINTERNAL, "report", err)
	}
	return dyad.E(dyad.EINTERNAL, "report", out.Close())
}

// mdEscape keeps text from being read as Markdown: table pipes, emphasis,
// links and HTML.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\|*_[]<>#`+"`", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

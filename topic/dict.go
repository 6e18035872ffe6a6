package topic

// Dictionary holds one issue dictionary: its phrases, its blocks and the
// definitions of its topics. Read builds it from the file format described in
// the package documentation; New compiles dictionaries into a Tagger.
type Dictionary struct {
	Name        string       // file name, used in errors and match provenance
	Entries     []Entry      // phrases and exclusions in file order
	Blocks      []Block      // <ISSUE> blocks in file order
	Definitions []Definition // <TOPIC> lines in file order
}

// Kind says what a dictionary entry does.
type Kind int

const (
	Signal  Kind = iota // "phrase [CODE]": the phrase signals the topic
	Exclude             // "~phrase": matches of its scope inside the phrase are dropped
	Veto                // "~~phrase": its scope is not tagged in a text containing it
)

func (k Kind) String() string {
	switch k {
	case Exclude:
		return "exclude"
	case Veto:
		return "veto"
	}
	return "signal"
}

// Entry is one phrase line of a dictionary.
type Entry struct {
	Kind     Kind
	Pattern  string // the phrase as written, without "~" and the code
	Topic    string // the code in brackets, else the block's CATEGORY; empty for Exclude and Veto
	Category string // CATEGORY of the enclosing block; the scope of exclusions
	Line     int    // 1-based line in the file

	// forms are the lower-cased word sequences the pattern stands for,
	// with n:, v: and + expanded.
	forms [][]string
}

// Forms returns the word sequences the entry matches, with n:, v: and +
// expanded, in a stable order.
func (e *Entry) Forms() [][]string { return e.forms }

// Block is an <ISSUE CATEGORY=... TYPE=...> block.
type Block struct {
	Category string
	Type     string // PETRARCH's TYPE attribute ("ALL", "COUNTEVENT"); kept, not used
	Line     int
}

// Definition is a <TOPIC CODE=... DEFINITION=...> line: what a topic means.
type Definition struct {
	Code string
	Text string
	Line int
}

// Definition returns the definition of code in d and whether it has one.
func (d *Dictionary) Definition(code string) (string, bool) {
	for _, def := range d.Definitions {
		if def.Code == code {
			return def.Text, true
		}
	}
	return "", false
}

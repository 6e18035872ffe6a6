// Package clean repairs damaged web text — mojibake, control characters,
// stray whitespace, shifted letters, spam and boilerplate lines, photo
// credits and page widgets glued before a lead, broken and reversed sentence
// fragments, country, capital and demonym names that lost their capitals,
// and paragraphs whose first letter was lost from a place or an office
// holder's name — and records what it did in a quality report, keeping a
// byte map from the repaired text back to the input.
//
// Repair runs a fixed list of steps, each a plain function from a text to an
// edit of that text (see edit.go). The edits are composed into
// dyad.Document.Align, so every byte of the repaired text can be traced to the
// input bytes it came from. A step that finds nothing to do returns nil and
// costs one scan of the text. Repair keeps no state between calls and is safe
// for concurrent use.
//
// The package reads no other stage. The names the name-case step restores
// capitals to are handed in by whoever composes the stages, in
// Options.Names (built once with NewNames and shared); the pipeline and
// "dyad clean" pass the gazetteer's countries, capitals and demonyms, the
// dictionaries' office holders' surnames and the tagger's lexicon
// (pipeline.DefaultNames). Without them the step does nothing.
package clean

package clean

import (
	"strings"

	"github.com/dyadproject/dyad/internal/fold"
)

// commonWords are frequent English words, mostly those that start
// sentences and paragraphs in news. Shift detection accepts a restored word
// found here or elsewhere in the document.
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
a about above according across after afterwards again against ago all almost
along already also although always am among amid an and another any anyone
anything are around as at away back be because been before being below
between both but by came can cannot could day days despite did do does
doing done down due during each early either else elsewhere end enough
even ever every few first following for former from further furthermore
given had has have having he her here hers herself him himself his how
however if in including indeed instead into is it its itself just last
late later latest least less like made many may maybe me meanwhile might
more moreover most much must my never nevertheless new next no none nor
not nothing now of off officials often on once one only or other others
otherwise our out over own part people per perhaps police president
previously rather recently said same say says second several she should
since so some still such than that the their them then there therefore
these they third this those though three through thus to today together
too two under unless until up upon us very was we week were what when
where whether which while who whom whose why will with within without
would year years yesterday yet you your
government minister officials military forces army troops security talks
meeting visit report reports state states country countries war peace
attack attacks protest protests leader leaders party election court
international national foreign defense defence spokesman statement
analysts experts sources residents critics authorities
january february march april june july august september october november
december monday tuesday wednesday thursday friday saturday sunday
`) {
		m[w] = true
	}
	return m
}()

func isCommonWord(w string) bool { return commonWords[w] }

// isCommonFold reports isCommonWord(strings.ToLower(w)) without a
// lower-cased copy: findMentions asks about every capitalised word.
func isCommonFold(w string) bool { return fold.Get(commonWords, w) }

// Package topic tags text with the topics it mentions — arms transfers, drones,
// missiles, cyber, intelligence, drills and the PETRARCH/Phoenix issues — using
// issue dictionaries in PETRARCH's format.
//
// # Dictionary format
//
// A dictionary is a text file of phrases, each naming the topic it signals:
//
//	<ISSUE CATEGORY="ARMS" TYPE="ALL">
//	<TOPIC CODE="ARMS/DRONE" DEFINITION="Unmanned aerial vehicles: sales, production, use.">
//	n:drone [ARMS/DRONE]          # "drone", "drones"
//	drone v:strike [ARMS/DRONE]   # "drone strike", "drone strikes", "drone struck"
//	unmanned+aerial n:vehicle [ARMS/DRONE]
//	~drone of traffic             # not a drone where this phrase covers it
//	~~honey n:bee                 # no ARMS topic at all in a text that says this
//	</ISSUE>
//
// A phrase is a sequence of words, matched against the lower-cased words of a
// text (runs of letters and digits; every other character, hyphens included,
// separates words, so "drone strike" also matches "drone-strike"). A word
// written n:word also matches its plural ("n:technology" matches
// "technologies"), v:word its verb forms ("v:drill": "drills", "drilled",
// "drilling"), and a+b is PETRARCH's join, matching "a b" and "a-b". A word
// written * matches any one word ("n:sale of * arms": "sales of Chinese
// arms"); it is dyad's extension, and it must stand between words. The code
// in brackets is the topic; a phrase without one takes its block's CATEGORY.
// "#" and ";" start comments, as do <!-- ... --> spans.
//
// Exclusions refine a block (all blocks with the same CATEGORY, across every
// dictionary given to New, form one scope): a "~phrase" cancels the matches of
// its scope that lie inside the words it covers, so "~drone of traffic" keeps
// "drone strike" but drops "drone" in "the drone of traffic"; a "~~phrase"
// anywhere in the tagged text cancels every match of its scope in that text.
// PETRARCH itself lets either kind cancel all issues of the sentence; scoping
// them keeps one dictionary's exclusions from silencing another's topics.
//
// # Hierarchy
//
// Topic codes are paths: "ARMS/DRONE" is a child of "ARMS". Matches reports
// whether a topic falls under a query, so a filter or a trend can ask for a
// parent and get its children. Phoenix codes ("DRONE", "CYBER_SECURITY") are
// flat and kept as PETRARCH writes them. <TOPIC CODE=... DEFINITION=...> lines
// give a topic its definition; they are an extension readers of the original
// format can skip like any other tag.
package topic

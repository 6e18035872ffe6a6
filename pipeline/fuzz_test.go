package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// FuzzProcess codes arbitrary text as one document: repair, parsing, coding
// with references, and the per-clause dates and places must not panic, and
// every event's spans must lie within the text.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"China condemned France. It also criticized Iran.",
		"Iranian President Ebrahim Raisi met Chinese President Xi Jinping in Tehran. Both sides agreed to expand cooperation.",
		"The Chinese delegates met with senior Iranian officials, including President Ebrahim Raisi, and Defense Minister Mohammad Reza Ashtiani.",
		"Raisi, who took office in August 2021, visited Beijing on Tuesday.",
		"He. It. They. Both sides. The two countries. Beijing said.",
		", , , including , and .",
		// Round nineteen's rules, each cut short where it reads ahead of a
		// leaf (legremoval.go, callpair.go, clash.go, firefight.go,
		// verdict.go): no closing stop after the last word read.
		"Peru's Congress voted on Thursday to remove",
		"Peru's Congress voted to impeach President Martin Vizcarra, removing him from",
		"Putin thanked Erdogan after a phone",
		"Kachin fighters clashed with",
		"Indian troops exchanged heavy",
		"Britain said Iran's seizure of the tanker was",
		// Round twenty-two's rules, cut the same way (verdict.go's
		// saysAtrocity reads two leaves ahead, deniedclaim.go and
		// apposed.go's praise look back from a verb, title.go's
		// titleOfEach reads a list of countries).
		"Canada said the campaign amounted to war",
		"Canada said the campaign was a crime against",
		"India said its troops had struck militant camps, a claim Pakistan denied",
		"Egypt shelled a border post, saying Sudan had sheltered rebels, an accusation",
		"Chile will send troops to Haiti, a move Peru hailed",
		"The leaders of Armenia and",
		// Session eleven's rules, cut the same way (reaction.go's
		// reactionCode reads the word before a reaction noun and
		// drawsReaction the one before "drew", nountalks.go reads a "with"
		// or "by" phrase after a talks or visit noun, lawobject.go a
		// person noun's last leaves, coref/typeref.go a type head).
		"Vietnam detained a Chinese crew, drawing an angry",
		"Greece expelled two diplomats, a step that drew",
		"Reaction from",
		"Russia promised to scale down operations after peace talks with",
		"Japan and India signed a pact during a visit by",
		"Mali expelled the ambassador, hours after a visit by French Defence Minister Florence Parly to",
		"Cambodian police arrested blogger",
		"Chile imposed a nationwide curfew",
		"Hamas rejected the plan. The group",
		// Session twelve's rules (round twenty-eight), whole and cut short
		// where they read ahead of a leaf: callednamed.go reads after the
		// object's phrase, netmeasure.go a few words after the verb,
		// crowd.go the word before "them", custody.go the words before a
		// participle, tag/riotgear.go the word after "tear", and
		// clean/case.go a name's letters at a paragraph's start.
		"Kenyan President William Ruto called the Ugandan plan absurd.",
		"Kenyan President William Ruto called the Ugandan plan",
		"Kenya's president called Uganda's president on Monday to discuss the border dispute.",
		"Bangladesh's government suspended mobile internet services nationwide on Thursday.",
		"Guinea's government restricted access to social",
		"Mali's junta postponed the presidential election on Monday.",
		"Burkina Faso's junta dissolved all political",
		"Hundreds of demonstrators gathered outside the French embassy in Bamako on Friday before police dispersed them with tear gas.",
		"Thousands of Sudanese protesters marched on the palace in Khartoum on Thursday, and security forces fired tear gas to disperse them",
		"police dispersed them",
		"Thousands of farmers clashed with riot police in Paris as they marched on the parliament.",
		"Russia expelled two British diplomats after they",
		"Kenyan opposition leader Raila Odinga was sentenced to three years in prison on Friday.",
		"Gabonese opposition leader Jean Ping was detained",
		"Belarusian police detained more than 200 people in Minsk on Sunday as thousands protested against the election result.",
		"Egypt's President Abdel Fattah al-Sisi hosted King Abdullah of Jordan in Cairo on Monday for talks on Gaza.",
		"Peruvian police fired tear gas at hundreds of protesters in Lima on Monday.",
		"Chilean riot police fired rubber",
		"Kenya deployed the army in Nairobi on Tuesday after days of riots.",
		"nigeria closed its border with benin on Monday.",
		"oscow summoned the Finnish ambassador on Wednesday to protest against the decision.",
		"GGhana expelled 12 Nigerian diplomats on Monday.",
		"oscow",
		"GG",
		"south korea",
		// round twenty-eight's later rules (roles28, protest28, judicial28,
		// speech28, caps28, coup28), whole and cut short at their windows
		"Greece and Turkey said on Monday that their militaries had agreed to a ceasefire.",
		"Chile and Peru signed a fishing pact on Friday after talks between their foreign ministers in Lima.",
		"Chile and Peru said their",
		"Britain imposed sanctions on Iranian banks on Tuesday.",
		"Greek and Turkish troops began pulling back from the eastern banks of",
		"Peru deployed troops across the capital on Saturday.",
		"Thousands of Tunisian protesters rallied in Tunis on Saturday demanding jobs and an end to corruption.",
		"Chilean protesters rioted in Santiago on Friday over a rise in metro fares.",
		"protesters rioted over pay cuts",
		"Argentine police arrested a Lebanese banker in Buenos Aires on Monday at the request of France.",
		"Dutch police arrested a former Congolese militia leader on Thursday on an International Criminal Court warrant.",
		"Spanish police seized the yacht of a Russian businessman in Mallorca at the request of",
		"police arrested him on a warrant issued by",
		"Washington's request",
		"Malawi's Constitutional Court annulled the presidential election result on Monday, citing widespread irregularities.",
		"Pakistan's Supreme Court dismissed Prime Minister Nawaz Sharif on Friday.",
		"Pakistan's Supreme Court struck",
		"Turkish police arrested four men on Friday.",
		"arrested four men",
		"Cuba freed 50 political prisoners on Friday and flew them to Spain.",
		"freed 50 political prisoners",
		"Sweden and Finland unveiled a joint naval plan on Monday, a move Moscow swiftly denounced as reckless.",
		"Two Iranian speedboats sailed close to a British frigate on Friday, in what the Royal Navy called a reckless manoeuvre.",
		"Rebels shelled a market in Goma on Sunday, in what the governor described as",
		"in what Kyiv called",
		", a move Moscow denounced",
		"Turkish jets struck militant positions in northern Iraq on Sunday, Turkey's defence ministry said.",
		"Canada regretted the Indian government's decision on Monday.",
		"GHANA EXPELS TWO NIGERIAN DIPLOMATS OVER SPYING CLAIMS",
		"UNITED STATES IMPOSES NEW SANCTIONS ON NORTH KOREA",
		"POLICE ARREST 40 PROTESTERS IN LIMA",
		"PERU RECALLS ENVOY Peru recalled its ambassador to Mexico on Monday after a dispute over asylum for a former minister.",
		"A B C D E",
		"U.S. U.K. G7 EU'S",
		"Burundi's army detained President Pierre Nkurunziza on Tuesday and declared a state of emergency.",
		"Burundi's army detained President Pierre Nkurunziza on Tuesday but insisted it was not staging a coup.",
		"Bolivia's army chief seized power on Tuesday.",
		"General Prayuth Chan-ocha seized power in a coup on Thursday.",
		"Myanmar's military seized power",
		"seized power",
		"army seized",
		"not",
		// Round twenty-nine's rules (session thirteen), whole and cut short
		// where they read ahead of or behind a leaf: retaliate.go's promise
		// to answer and "not go unpunished" (speakerAbove), deadline.go's
		// deadline and "or face", selfwarn.go's condition, masskill.go's
		// count after the verb, assassinate.go's title before the victim,
		// crowdopp.go's crowd count, hosted.go's list of brokers and the
		// noun before the participle, reasonaccuse.go's closing accusation,
		// requested.go's bare requesting state, and the new verb rows.
		"Israeli aircraft bombed a camp in Gaza on Sunday, and Hamas vowed revenge.",
		"Hezbollah fired rockets at northern Israel on Monday, and Israel vowed to hit",
		"Egyptian jets struck militant positions in Libya on Friday, and the Libyan government said the raids would not go unpunished.",
		"would not go unpunished",
		"The European Union expelled two Russian diplomats on Tuesday, and Moscow said it would respond in",
		"Japan raised tariffs on South Korean goods on Monday, and Seoul said it would take necessary",
		"ECOWAS gave Mali's government two weeks to set an election date or face sanctions.",
		"ECOWAS gave Mali's government two weeks to set an election date or",
		"Ethiopia gave Kenya 30 days",
		"France's president warned that Paris would respond firmly if Russia attacked Moldova.",
		"France's president warned that Paris would respond firmly if",
		"Boko Haram militants killed at least 230 villagers in Borno state on Friday.",
		"Boko Haram militants killed at least",
		"Gunmen killed the head of Mexico's federal police in Mexico City on Friday.",
		"Hundreds of thousands of Serbians marched in Belgrade on Saturday against President Aleksandar Vucic.",
		"Thousands of",
		"Sudan and South Sudan agreed to a ceasefire on Monday after talks mediated by Kenya and Ethiopia.",
		"Chad and Niger agreed to an immediate truce after talks in Doha mediated by",
		"mediated by Qatar",
		"Yemen's government and the Houthis began exchanging prisoners on Friday in a deal brokered by Oman and Qatar.",
		"Bolivia expelled the Peruvian ambassador on Monday, accusing Lima of meddling in its affairs.",
		"Rebels attacked an army post in the north overnight, the Colombian army said, blaming the ELN.",
		", accusing",
		"Peru extradited a former Shining Path rebel leader to Spain on Monday.",
		"The Gambia filed a lawsuit at the International Court of Justice on Monday accusing Myanmar of genocide.",
		"Russian fighter jets intercepted a British reconnaissance aircraft over the Black Sea on Friday.",
		"A Russian warship sailed within 50 metres of a Dutch frigate in the Baltic Sea on Tuesday.",
		"A Chinese navy ship pointed a laser at",
		"The military launched an investigation into how a drone entered its airspace.",
		"Chinese, Russian and Iranian warships sailed north.",
		// Round thirty's rules (session fourteen), whole and cut short
		// where they read ahead of or around a leaf: trucebreach.go's and
		// clash.go's fightClause, rejecting.go's time word before a name,
		// assassinate.go's generalTitle, relday.go's sameDayClause,
		// north.go's "the North", blameattack.go's blame and attack words,
		// chargeof.go's "of" outside the verb phrase, partialquote.go's
		// reporting verb two leaves back, dropSays's reported truce, and
		// the ARRIVE, LAND, CROSS, SEIZE rows and sub-codes of the round.
		"Eritrean troops shelled Ethiopian border posts on Tuesday despite the truce, and Ethiopian troops attacked Eritrean villages a week later.",
		"Eritrean troops shelled Ethiopian border posts despite the",
		"Myanmar police shot dead two Karen rebels in Yangon on Monday, a day after Kachin rebels clashed with Myanmar troops in the north.",
		"Myanmar police shot dead two Karen rebels, a day after Kachin rebels clashed with",
		"Kenya's president returned to Nairobi on Friday, rejecting on Monday Uganda's offer of talks.",
		"Kenyan troops stayed, rejecting in Nairobi the",
		"Kenya's president returned, rejecting Monday's",
		"Gunmen killed a member of the General Assembly in Kabul on Monday.",
		"Gunmen killed the Afghan attorney general",
		"Gunmen killed the U.N. Secretary-General in Kabul on Monday.",
		"Gunmen killed an Afghan General",
		"Indian troops shelled a border post on Monday, just hours after Pakistani soldiers attacked an Indian patrol.",
		"Indian troops shelled a border post on Monday, hours after",
		"Indian troops shelled a border post on Monday, just hours",
		"Seoul condemned the North's missile launches as a grave provocation.",
		"South Korea accused the North",
		"Seoul said the North",
		"Two tankers were attacked on Thursday, and Pompeo said Iran was responsible.",
		"Iran accused Israel of lying, and the United States blamed",
		"Iraq said Iran was responsible",
		"Greece accused Turkey on Monday of illegally entering its airspace.",
		"Greece accused Turkey on Monday of",
		`Kenya called it "totally unfounded".`,
		`Kenya said on Monday it "deeply regretted"`,
		`"deeply regretted"`,
		"Qatar's prime minister announced that Israel and Hamas had agreed to a ceasefire.",
		"Qatar's prime minister announced that Israel and Hamas had agreed to a",
		"A Russian aid convoy crossed into eastern Ukraine on Friday.",
		"The first 20 trucks carrying aid crossed from Egypt into",
		"German Leopard tanks arrived in",
		"Kenyan police officers landed in Haiti on Tuesday to join the multinational mission.",
		"Kenyan police officers serving with the mission came under fire in",
		"Separatist rebels seized a passenger train in southwestern Pakistan on Tuesday.",
		"Turkish troops arrived in Qatar on Thursday under a defence agreement.",
		"Norway and Sweden agreed to sign a mutual defence treaty.",
		"Georgia accused Russia of massing troops near the",
		"The United Nations urged Hungary to reconsider.",
		"Armenia and Azerbaijan agreed on Thursday to exchange all detained prisoners.",
		"Peruvian police accused former president Pedro Castillo of plotting a",
		// Round twenty-nine's later rules, whole and cut short where they
		// read ahead: trucebreach.go's truce word and "took effect" after
		// it, the passive shooting rows, refs_stateword.go's "the kingdom"
		// below a speaker, rejecting.go's ask and "calls from" a name,
		// partialquote.go's quoted adverb and verb, thirdplace.go's
		// talkedMeetings and the SHAKE and OBSERVE rows, armedobject.go's
		// fighters of the state's own troops.
		"Eritrean and Ethiopian troops exchanged fire along the border on Tuesday, hours after a ceasefire took effect.",
		"Eritrean and Ethiopian troops exchanged fire hours after a ceasefire",
		"Eritrean and Ethiopian troops exchanged fire despite the truce",
		"A Bolivian mayor was shot dead in La Paz on Monday.",
		"A Bolivian mayor was assassinated in",
		"Jordan's foreign minister said on Monday the kingdom had expelled the Israeli ambassador.",
		"Jordan's foreign minister said the kingdom",
		"Serbian police will stay in the northern villages, Serbia's government said on Tuesday, rejecting Germany's call for a withdrawal.",
		"Serbia's government said it would stay, rejecting calls from",
		"Serbia's government said it would stay, rejecting calls by the",
		`Seoul's foreign ministry said it "strongly condemns" North Korea's latest missile launch.`,
		`Seoul said it "strongly condemns"`,
		`Seoul said it "strongly`,
		"Kenyan President William Ruto and Chinese President Xi Jinping shook hands and held talks on Monday.",
		"Kenyan President William Ruto shook hands with",
		"Kenyan President William Ruto and Chinese Premier Li Qiang witnessed the signing",
		"Malian soldiers killed 12 militants on Friday.",
		"Malian soldiers killed 12 militants",
		// Round thirty's later rules, whole and cut short where they read
		// around a leaf: verbs.go's negated will (willNot looks back four
		// leaves from the verb, to the first word), tag/nounphrase.go's
		// plural after names (back five leaves to the word that opens the
		// phrase), clause.go's past verb under a modal (the "and" just
		// before it), the TRIP errata and ARRIVE rows, ownstrike.go's
		// announced killing and the reported truce.
		"Pakistan will not release the detained Indian fishermen, the foreign ministry said.",
		"Kenya's government will not negotiate with the Somali militants.",
		"Morocco would not free the jailed Algerian soldiers.",
		"Peru won't extradite the Chilean businessman.",
		"Won't release",
		"Will not",
		"Pakistan has not released the detained Indian",
		"Ghana will not attack",
		"Chadian and Nigerian forces began a joint offensive against Boko Haram hideouts in the Lake Chad basin.",
		"Mexico agreed to deploy 10,000 National Guard troops to its northern border.",
		"against Boko Haram hideouts",
		"10,000 National Guard troops",
		"On Sunday Russia launches",
		"The 1951 Mutual Defense Treaty extends",
		"Ireland said its peacekeepers would remain in Lebanon and condemned Israel's shelling of their positions.",
		"Ireland said its peacekeepers would remain and condemned",
		"would stay and condemned",
		"Ireland said its soldiers had stayed and condemned",
		"Canada reminded Iran that the sanctions extend to its shipping companies.",
		"The ruling sparked calls to cut aid to",
		"Indian Prime Minister Narendra Modi flew to",
		"A Japanese rescue team arrived in Morocco on Sunday.",
		"Chinese military instructors arrived in",
		"Israel's military said on Saturday it had killed Hezbollah's top commander in an air strike in Beirut.",
		"The Nigerian army said on Saturday it had killed",
		"Egypt said on Monday that Israel and Hamas had agreed to a truce.",
		"Qatar announced a ceasefire between Israel and",
		// Round thirty-one's rules (session fifteen), whole and cut short
		// where they read around a leaf: reporteract.go's closing speech
		// act (the comma before the participle, the report verb above it),
		// parliamentsite.go's crowdPlace (up to three leaves back from the
		// phrase, to the first word), custody.go's placeCustodian (the
		// "be" three leaves back, the "by" phrase ahead), sanctionscope.go's
		// "target" beside a sanction, merestatement.go's toForum, the
		// former-title rule, the FLY null rows and the handover and
		// inspection sub-code rows.
		"Lebanon's army said two of its soldiers were wounded by gunfire at a checkpoint, blaming Israel.",
		"Venezuela's foreign minister said on Monday Venezuela would never give up its claim, warning Guyana against any provocation.",
		"The Kremlin said Putin spoke with Erdogan by telephone on Monday, urging him to keep the straits open.",
		"Russia said it was leaving the deal, accusing",
		", blaming",
		"Thousands of Serbians rallied outside parliament in Belgrade on Sunday to protest against the new tax law.",
		"Thousands of Romanians marched on parliament on Sunday to protest against corruption.",
		"Hundreds of Hungarian students rallied in front of parliament in Budapest on Monday.",
		"Parliament",
		"The parliament",
		"Outside parliament",
		"of parliament",
		"marched on the parliament",
		"Opposition leader Juan Perez was arrested in Caracas on Friday.",
		"A Kenyan journalist was arrested by police in Nairobi on Monday.",
		"was arrested in Caracas",
		"Arrested in",
		"Britain imposed sanctions on Iran on Monday, targeting its state banks.",
		"Britain imposed sanctions on Iran, targeting",
		"Iraq's foreign minister told Reuters on Sunday that the talks would resume next week.",
		"The Polish president told the German parliament on Tuesday that the war would be long.",
		"Peru's parliament elected the former prime minister as president on Wednesday.",
		"A former minister",
		"Turkey freed 30 political prisoners on Friday and flew them to Germany.",
		"The Pakistani minister was flown to",
		"Bolivia's opposition urged the army to hand power to an interim government.",
		"Thousands of Peruvians marched in Lima on Sunday to demand the departure of the president.",
		"Syria began removing IAEA surveillance cameras from its reactor site.",
		// Round thirty-two's rules (speech32, clauses32, silent32, actors32,
		// new34, bugs32), whole and cut short where they read ahead of or
		// behind a leaf: denialclause.go looks back from the denial verb
		// past auxiliaries to a ", and / but / which" join, noevent.go's
		// untilQuoteSplit reads the three leaves before an infinitive,
		// placecountry.go's peopleCrowd the words of a counted crowd,
		// sharedsubject.go a comma-joined series of verbs, coref's "both
		// sides", merestatement.go's toSession and when/'s year of a day.
		"Ethiopia accused Eritrea on Tuesday of arming rebels in Tigray, and Asmara denied the charge.",
		"Ethiopia accused Eritrea of arming rebels in Tigray, but Asmara has repeatedly denied it.",
		"Ethiopia accused Eritrea of arming rebels in Tigray, which Asmara denied.",
		", which Asmara denied",
		"and denied",
		"Chad's foreign minister told the U.N. Security Council on Monday that the border had been quiet for a month.",
		"Chad's foreign minister told the U.N. General Assembly",
		`Egypt has paused its mediation between Israel and Hamas until the two sides show "courage and sincerity" to reach a deal.`,
		`until the two sides show "courage" to`,
		`" to`,
		"Tens of thousands of people marched through Nairobi on Saturday to demand the president's resignation.",
		"Dozens of women rallied in the Afghan city of Kandahar on Monday to demand the right to work.",
		"Hundreds of men",
		"of people",
		"Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday, and the two sides signed agreements on border trade.",
		"Egypt's intelligence chief met Hamas leaders in Cairo on Sunday, and both sides agreed to resume talks on a truce.",
		"Canada suspended talks with Iran, expelled Iranian diplomats and closed its embassy in Tehran on Monday.",
		"Talks with Iran stalled, said Canada's foreign minister and his aides.",
		"Canada suspended talks with Iran, expelled",
		"Mali ordered 15 Ivorian embassy staff to leave the country within 72 hours on Tuesday.",
		"Chad ordered Sudanese military advisers to leave the country on Monday.",
		"Ghana expelled two Togolese consular officials on Friday.",
		"The ceasefire will take effect from Aug. 1, and talks resume on Dec. 28 and Feb. 29.",
		// Round thirty-two's later rules (repair32, participle32, codes32,
		// fixes32), whole and cut short: clean/case.go's afterDateline
		// reads back from a word past a dash to the line's capitals,
		// credit.go and widget.go read a line's opening credit or widget
		// and what follows it, closingsay.go the comma before "saying",
		// subcode.go's complement stops at a backing gerund, blameattack.go
		// reads an armed group blamed, coref's "both sides" of one country.
		"hina recalled its ambassador from Lithuania on Tuesday.",
		"rdogan accused Greece on Monday of provoking a crisis in the Aegean.",
		"ANKARA (Reuters) - ussia recalled its ambassador from Ukraine on Tuesday.",
		"ANKARA — ussia recalled",
		"ABC -- utin",
		" - utin",
		"-- utin",
		"\u2014 utin",
		"utin agreed.",
		"Photo: AFP / Getty Images Police in Nairobi arrested dozens of opposition protesters on Tuesday.",
		"Photo: Reuters/Anna KowalskaPoland recalled its ambassador from Belarus on Monday.",
		"(Photo: Xinhua) Chinese President Xi Jinping met Kenya's president in Beijing on Monday.",
		"(Photo:",
		"Photo: AFP /",
		"Photo: Reuters/Anna K",
		"Keep reading ↓ Chile and Peru signed a fisheries agreement in Lima on Friday after two years of talks.",
		"Reuters Staff 2 Min Read Kenya recalled its ambassador from Somalia on Tuesday.",
		"Reuters Staff 2",
		"Keep reading ↓",
		"Ghana's foreign ministry released a statement on Friday, saying Togo must withdraw its troops from the border.",
		"India's army responded to the reports on Friday, saying Chinese troops had behaved in a calm manner.",
		", saying",
		"The Somali army blamed al Shabaab for the blast at the market.",
		"Kenya blamed al Shabaab for the",
		"Mali accused Algeria of backing rebels behind a wave of attacks in the north.",
		"Mali accused Algeria of backing",
		"Thousands of Sudanese marched in Khartoum on Sunday, demanding that the army handed over power to civilians.",
		"Thousands of Sudanese marched in Khartoum on Sunday, demanding that the army ceded",
		"Police arrested Jamaat-e-Islami activists in Dhaka.",
		"The Myanmar military clashed with the Arakan Army near Sittwe on Thursday. On Friday both sides agreed to a ceasefire.",
		"The Myanmar military clashed with the Arakan Army. Both sides",
		"Greece and Israel have helped since the earthquake struck.",
		"Greece and Israel helped",
		// Round thirty-three's rules (session seventeen), whole and cut
		// short where they read ahead of or around a leaf: calling.go's
		// verdict on the one asked, leavebloc.go's LEAVE rows, nountalks.go's
		// "at talks", "talks between" and the possessive visit,
		// brokeredtruce.go's "truce between", the titled envoy summoned
		// (subcode_read.go), DOCK and ARRIVE rows, a strike's weapon read in
		// its own clause (subcode.go), actors.go's head noun with a "with"
		// partner, REGRET and PRESS rows, verdictact.go's verdict on an act
		// told before, aftermeeting.go's participle, and repair34's lost
		// first letter of a name of several words.
		"The African Union urged Sudan's army on Monday to free the detained ministers, calling the coup unacceptable.",
		"Colombia expelled two Venezuelan diplomats on Friday, calling their conduct unacceptable.",
		"Colombia expelled two Venezuelan diplomats on Friday, calling",
		"Chile's foreign ministry said it deeply regretted Peru's decision.",
		"Ghana said Togo regretted the decision.",
		"Guinea, Sierra Leone and Liberia left ECOWAS on Monday.",
		"The Chilean president left Lima on Monday.",
		"The Italian prime minister left the European Union summit early on Monday.",
		"Venezuela will leave the Organization of American States next year.",
		"Venezuela left the",
		"Thailand and Cambodia agreed to an immediate ceasefire at talks in Putrajaya on Monday.",
		"Iran agreed on Saturday to let the agency's inspectors reinstall cameras, the IAEA said after talks in Tehran.",
		"Russia will grant Belarus cheaper gas from next year, the Kremlin said after talks between Putin and Alexander Lukashenko in Moscow.",
		"Lavrov said Moscow wanted \"a ceasefire after talks between Russia and Ukraine\" in Istanbul.",
		"Thailand and Cambodia will meet at talks in Putrajaya next week.",
		"the Kremlin said after talks between",
		"the Kremlin said after talks between Putin and",
		"Thailand and Cambodia agreed at talks",
		"Oman brokered a three-day truce between Israel and Hamas that took effect on Friday.",
		"Trump announced a ceasefire between Israel and Iran overnight.",
		"Egypt hailed the ceasefire between Israel and Hamas on Wednesday.",
		"Qatar brokered a truce between Israel and Hamas last year, the minister recalled.",
		"Qatar brokered a truce between",
		"Qatar brokered a truce between Israel and",
		"India and Australia signed a migration pact in Sydney on Wednesday during Prime Minister Narendra Modi's visit.",
		"China and Russia pledged on Thursday to expand trade, in a joint statement issued during President Vladimir Putin's state visit.",
		"India and Australia will sign a migration pact during Prime Minister Narendra Modi's visit next week.",
		"India and Australia signed a pact during Modi's visit",
		"during Modi's visit",
		"'s visit",
		"Pakistan banned Jaish-e-Mohammed on Tuesday.",
		"Indian police arrested two members of Hizbul Mujahideen in Srinagar.",
		"Sudanese troops attacked JEM rebels in Darfur on Tuesday.",
		"Japan summoned Chinese Ambassador Wu Jianghao on Tuesday.",
		"China summoned U.S. Ambassador Nicholas Burns on Friday.",
		"Japan summoned Chinese Ambassador",
		"Russian military instructors arrived in Mali on Friday under an agreement with the junta.",
		"Two Iranian warships docked in Rio de Janeiro on Sunday.",
		"A Chinese tracking ship docked at Sri Lanka's Hambantota port on Tuesday.",
		"A Russian frigate docked at",
		"Thai fighter jets struck Cambodian army bases after Cambodian troops shelled Thai villages.",
		"Three Chinese engineers were killed in Pakistan when a suicide bomber rammed a car into their convoy.",
		"Thai fighter jets struck Cambodian army bases after",
		"The Houthis fired missiles at a Greek bulk carrier in the Red Sea.",
		"The Houthis fired missiles at a Greek bulk",
		"Iran's talks with the United States on trade resumed on Monday.",
		"Pakistan's talks with the IMF on a bailout tranche have stalled.",
		"Iran's talks with",
		"Ghana regretted its offence against Togo.",
		"Russian forces pressed their assault on Kyiv on Monday.",
		"The United States pressed Israel for a ceasefire.",
		"Iran fired missiles at a U.S. air base in Qatar on Monday, and Qatar condemned the attack as a flagrant violation of its sovereignty.",
		"China said it would lift its tariffs on Australian barley, and Australia's trade minister welcomed the move as a great outcome.",
		"Venezuela expelled three Colombian diplomats on Tuesday, and Colombia's foreign minister called it an unacceptable provocation.",
		"Armenia and Azerbaijan signed a peace agreement on Friday at a ceremony hosted by Kazakhstan's president, who hailed it as a new start.",
		"Germany's chancellor said she regretted Britain's decision, while France's president called it a grave test for Europe.",
		"Iran fired missiles at a U.S. air base, and Qatar condemned",
		"Iran fired missiles, and Qatar has condemned",
		"Venezuela expelled three Colombian diplomats, and Colombia called",
		"who condemned",
		"\"The talks were frank and useful,\" Ghana's foreign minister said after meeting Togo's foreign minister in Accra on Friday.",
		"Ghana's foreign minister praised Togo on Friday after meeting Togo's foreign minister in Accra.",
		"\"The talks will be frank,\" Ghana's foreign minister said before meeting Togo's foreign minister in Accra on Friday.",
		"Ghana's foreign minister said after meeting",
		"Ghana's foreign minister said after meeting Togo's",
		"after meeting",
		"audi Arabia's foreign minister accused Iran on Monday of arming rebels in Yemen.",
		"orth Korea's state media denounced South Korea on Friday for holding drills.",
		"an Marino customs officers reported no change on Monday.",
		"outh Africa",
		"ri Lanka",
		// Round thirty-four's rules (session eighteen), whole and cut
		// short where they read ahead of or around a leaf: RECEIVE and
		// OBTAIN rows needing a giver, CONCLUDE and SEND's deploy-to-secure
		// rows (bugs36); tag.NeverVerb and chunk's controlInfinitive, whose
		// window reads up to eight leaves ahead (tagger36);
		// reportedconjunct.go's reporter's second act (second36); the
		// headline's -s verb and to-infinitive (subcode_pattern.go's
		// headlineTo) and the travel-advisory rows (new39); hosted.go's
		// compoundBroker, which reads up to five leaves past the word, and
		// the Kagame and Pelosi rows (actors36).
		"The Pentagon said Ukraine had received fighters.",
		"Turkey acquired Russian missiles in July.",
		"Taiwan acquired missiles from",
		"Chile and Japan concluded a free trade agreement on Monday.",
		"Chile and Japan finalized a defence",
		"The United States deployed an aircraft carrier to the Mediterranean to deter Iran.",
		"France deployed troops to secure",
		"France deployed troops to",
		"Ethiopian and Eritrean troops clashed near the border on Sunday night, leaving 15 Ethiopian soldiers dead in the heaviest fighting in years.",
		"Iraqi security forces clashed with gunmen loyal",
		"Egypt rejected on Tuesday a Sudanese offer of electricity worth",
		"Uganda's president threatened on Friday to expel Kenyan traders over the levies Nairobi had imposed.",
		"Mexico's president agreed on Monday to",
		"Mexico's president agreed on a long quiet day of the week to",
		"agreed to",
		"Britain's foreign minister said the seizure of the tanker was unacceptable and warned Tehran of serious consequences.",
		"Germany's foreign minister said the decision was a grave mistake and summoned",
		"said the seizure was unacceptable and",
		"Brazil hikes tariffs on Chinese steel",
		"Poland orders 'immediate' expulsion of Belarusian diplomats",
		"Poland orders '",
		"Ghana hikes",
		"Erdogan to visit Egypt next month",
		"Ghana and Togo to hold talks in Lome, officials say",
		"Erdogan to visit",
		"to visit",
		"Ghana warns citizens against travel to Togo as border row deepens",
		"Ghana told its citizens on Monday to avoid travelling to",
		"The presidents of Chad and Sudan signed a Saudi-brokered peace accord in Riyadh on Tuesday.",
		"Kenya and Somalia resumed Turkish-mediated talks in Ankara on Monday.",
		"Israel and Hamas exchanged prisoners on Tuesday under a Qatari-brokered deal.",
		"Serbia and Kosovo signed an internationally-brokered accord on Friday.",
		"signed a Saudi-brokered peace",
		"signed a Saudi-brokered",
		"-brokered deal",
		"U.S.--brokered deal",
		"Kagame accused Congo of arming the rebels on Tuesday.",
		"China imposed sanctions on Pelosi",
		// Round thirty-five's rules (this session's merges), whole and cut
		// short where they read ahead of a leaf: signingvenue.go,
		// heldplace.go and gatheringplace.go the word before an actor and
		// the two after "held", dealreached.go the words after the verb,
		// vetodrafter.go a "which drafted" or "STATE-drafted" after a veto,
		// interception.go a pronoun after the verb and "which" before it,
		// inquiry.go the words after "into", callednamed.go "what" before
		// CALL, calltalks.go a call and talks of one pair.
		"Sudan's army signed a truce with the paramilitary forces in Jeddah on Saturday.",
		"Sudan's army signed a truce with the paramilitary forces in",
		"Ethiopia and Eritrea will sign a truce on Friday.",
		"Iran demanded that Washington unfreeze oil revenues held in Japan.",
		"Iran demanded that Washington unfreeze oil revenues held in",
		"revenues held",
		"Talks held in Doha between Sudan's army and the rebels ended without a deal.",
		"Nigeria's president cancelled his trip to the summit in Brazil.",
		"Sudan's army rejected an invitation to ceasefire talks at",
		"talks in Poland's",
		"Canada and the European Union concluded negotiations on Friday on an investment agreement.",
		"Canada and the European Union concluded negotiations",
		"Chile and Peru reached a deal on Monday on fishing rights.",
		"Brazil struck a trade",
		"Russia vetoed a Security Council resolution on Monday, drawing criticism from Ghana, which drafted the text with Togo.",
		"Russia vetoed a Security Council resolution on Monday, drawing criticism from Ghana, which drafted the text with",
		"China vetoed a Security Council resolution on Tuesday, saying the Ghana-drafted text ignored the facts.",
		"China vetoed a Security Council resolution on Tuesday, saying the Ghana-drafted",
		", which drafted",
		"Iran launched hundreds of drones and missiles at Israel late on Saturday, and Israeli air defences intercepted most of them.",
		"Iran launched hundreds of drones and missiles at Israel late on Saturday, and Israeli air defences intercepted most of",
		"Iran fired a barrage of missiles at Israel on Tuesday, and Israel said most were intercepted.",
		"Iran fired missiles at a U.S. air base in Qatar on Monday, and Qatar said its air defences had shot them all down.",
		"Iran fired missiles at a U.S. air base in Qatar on Monday, and Qatar said its air defences had shot them all",
		"Iran launched more than 300 drones and missiles at Israel overnight, and Israel said it and its allies intercepted 99 percent of",
		"The Houthis fired a missile at Israel on Tuesday, which the Israeli military said it intercepted",
		"most were shot",
		"intercepted",
		"The French army said on Tuesday it had opened an investigation into a French air strike in Mali that villagers say killed 19 wedding guests.",
		"an inquiry into",
		"Troops surrounded the palace on Wednesday in what Bolivia's president called an attempted coup led by the army's former commander.",
		"what called",
		"Egypt's president received a phone call from the Turkish president on Sunday in which the two leaders discussed the war in Gaza.",
		"Zakharova called the British measures hostile and said Moscow would respond.",
		"An international tribunal ruled on Tuesday that Chile had no legal claim to the disputed waters.",
		"Peru's Constitutional Tribunal upheld the impeachment of",
		"Ethiopia's foreign ministry summoned the Kenyan charge d'affaires over a Kenyan newspaper report on Tuesday.",
		"Russia launched 40 drones at",
		"Amnesty International accused Ugandan police of killing at least",
		"Canada agreed to a pause in the 25 percent tariffs on U.S. goods.",
		"MAYOR SHOT DEAD Gunmen shot dead the mayor of a Mexican town in Guerrero state on Saturday night, police said.",
		"Sahel Daily | Malian troops and rebels observed a ceasefire on Sunday, residents said.",
		// Round thirty-six's rules (session twenty's merges), whole and cut
		// short where they read ahead of a leaf: otherbe.go a BE before the
		// verb, ownstrike.go's incomingShot the object after a shoot-down,
		// inspectorate.go the target of a 160, trucerelease.go the words
		// of a truce, thestate.go's foreignRole the word after FOREIGN,
		// landmark.go a name after a locative, backingrelative.go the
		// words after a backed head.
		"Serbia said the report was false and accused Kosovo of provoking the clashes.",
		"Myanmar's junta said it was deeply disappointed by the ruling and accused Thailand of meddling.",
		"Iran was accused by Israel of supplying drones to Russia.",
		"Hungary was accused by Ukraine of spying and was summoned by Poland.",
		"Serbia said the report was false and accused",
		"The Defence Ministry of Belarus said its air defences shot down 12 Lithuanian drones over the Grodno region.",
		"Israel said it shot down a missile fired from Yemen.",
		"Pakistan said it shot down five Indian jets.",
		"Ukraine said it shot down a Russian jet and Russian troops fired missiles.",
		"Israel said it shot down",
		"Israel said it shot",
		"Tehran suspended cooperation with the International Atomic Energy Agency on Thursday.",
		"Tehran suspended cooperation with",
		"Colombia and the ELN rebels agreed on Sunday to a ceasefire under which hostages will be released.",
		"Mediators said Israel and Hamas had agreed to a truce, with hostages and prisoners to be freed in stages.",
		"Israel and Hamas agreed to a ceasefire and hostage",
		"Aliyev accused Armenia of violating the ceasefire on Tuesday.",
		"The SPLA-IO accused government troops of shelling its positions on Monday.",
		"Hungary's prime minister accused foreign intelligence services of plotting to unseat him.",
		"Foreign fighters attacked a village near Goma on Sunday.",
		"The Bolivian president accused unnamed foreign",
		"Kenyan President William Ruto met Trump at the White House on Tuesday.",
		"Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in the Great Hall of the People on Thursday.",
		"Xi met Tokayev in the Great Hall of the",
		"Starmer met Zelenskiy in Downing Street on Saturday.",
		"Hundreds of protesters rallied outside the White House on Sunday to demand a ceasefire in Gaza.",
		"The Kremlin said on Tuesday that Putin would not meet Zelenskiy.",
		"Putin met Modi at the Kremlin's invitation.",
		"Ruto met Trump at the White",
		"Putin will meet Modi at the summit in Kazan next week.",
		"Some Chinese shops have pulled Japanese seafood from their shelves.",
		"Russia pulled its troops out of Georgia on Monday.",
		"Vietnam summoned China's deputy chief of mission on Wednesday to protest the collision.",
		"UN sanctions on Iran were reimposed after Germany triggered the snapback mechanism.",
		"Western sanctions were imposed over the conflict in Georgia.",
		"Government forces backed by African Union troops attacked al-Shabaab fighters near Mogadishu on Tuesday.",
		"Government troops backed by Russian jets bombed rebel positions in Idlib on Monday.",
		"Government forces backed by",
		"Government forces backed",
	} {
		f.Add(s)
	}
	p := newPipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			return
		}
		doc := &dyad.Document{ID: "f", Text: text, Date: time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC)}
		res, err := p.Process(context.Background(), doc)
		if err != nil || res.Reject != nil {
			return
		}
		for _, e := range res.Events {
			for _, sp := range []dyad.Span{e.Verb, e.Source.Span, e.Target.Span} {
				if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End {
					t.Fatalf("span %+v outside %d bytes of %q", sp, len(doc.Text), text)
				}
			}
			if e.Location != nil && (e.Location.Span.Start < 0 || e.Location.Span.End > len(doc.Text)) {
				t.Fatalf("location span %+v outside the text", e.Location.Span)
			}
		}
	})
}

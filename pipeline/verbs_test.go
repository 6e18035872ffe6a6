package pipeline_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/pipeline"
)

// TestDyadVerbs codes, through the whole pipeline, a minimal sentence for
// each group of data/dyad.verbs.txt, and checks that no line of the file was
// skipped as malformed.
func TestDyadVerbs(t *testing.T) {
	if _, err := pipeline.DefaultDicts(); err != nil && strings.Contains(err.Error(), "dyad.verbs.txt") {
		t.Errorf("dyad.verbs.txt has malformed lines: %v", err)
	}
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"A delegation from Japan landed in Iran for a visit.", "JPN>IRN 042; IRN>JPN 043"},
		// Common news verbs the 2015 file lacks.
		{"Syria massed troops on the border with Turkey.", "SYR>TUR 154"},
		{"Thousands attended a mass in Rome.", ""},
		{"Egyptian workers picketed the Israeli embassy.", "EGYLAB>ISRGOV 141"},
		{"The United States sanctioned Iran.", "USA>IRN 163"},
		{"Turkey persecuted Syrian Kurds.", "TUR>SYR 175"},
		// NEGOTIATE and MEDIATE out of COMPROMISE (080).
		{"Israel negotiated with Syria.", "ISR>SYR 046"},
		{"Sweden mediated between Colombia and Venezuela.", "SWE>COL 045; SWE>VEN 045"},
		// REFUSE TO is a rejection, refined by what is refused; not the
		// release or lifting it refuses.
		{"Iran refused to release the British sailors.", "IRN>GBR 1243"},
		{"The United States refused to lift the embargo on Cuba.", "USA>CUB 1244"},
		{"Cuba refused to comment on the Spanish report.", "CUB>ESP 011"},
		{"Russia sold weapons to Syria.", "RUS>SYR 062"},
		{"Nigerian workers went on strike against the Nigerian government.", "NGALAB>NGAGOV 143"},
		{"Syria used chemical weapons against Israel.", "SYR>ISR 2041"},
		{"Russia returned the seized ship to Georgia.", "RUS>GEO 0842"},
		{"Pakistan shared intelligence with the United States.", "PAK>USA 064"},
		{"Iran broke off talks with Britain.", "IRN>GBR 164"},
		{"Spain agreed to extradite the suspect to France.", "ESP>FRA 0313"},
		{"Jordan and Britain have agreed to undertake joint military exercises.", "JOR>GBR 0312; GBR>JOR 0312"},
		{"The United States refused economic aid to Egypt.", "USA>EGY 1221"},
		{"China spoke by telephone with Russia.", "CHN>RUS 041; RUS>CHN 041"},
		{"Japan issued an apology to South Korea.", "JPN>KOR 055"},
		{"Russia deployed troops on the Georgian border.", "RUS>GEO 154"},
		{"Israeli troops demolished Palestinian homes.", "ISRMIL>PSE 1712"},
		{"Russia and China held joint military exercises.", "RUS>CHN 062; CHN>RUS 062"},
		{"Iran expelled the British ambassador.", "IRN>GBRGOV 161"},
		{"The European Union imposed an arms embargo on China.", "IGOEUREEC>CHN 163"},
		{"Iran ruled out talks with the United States.", "IRN>USA 125"},
		{"Iran ruled out releasing the British sailors.", "IRN>GBR 1243"},
		{"Israel did not rule out military action against Iran.", "ISR>IRN 014"},
		{"Iran slammed the United States over its sanctions.", "IRN>USA 111"},
		{"China blasted Japan over the visit.", "CHN>JPN 111"},
		// SOMCRM since round thirty-eight (bugs44), when "pirates" after
		// "Somali" stopped being tagged a verb: the news README codes
		// pirates CRM "by their coast (SOMCRM)" (no dev row has pirates).
		{"Somali pirates hijacked a Greek ship.", "SOMCRM>GRC 181"},
		{"Russia annexed Crimea.", "RUS>UKR 192"},
		{"Israel blockaded Gaza.", "ISR>PSEGZA 191"},
		{"Iran defied the United Nations.", "IRN>IGOUNO 128"},
		{"Iran sued the United States.", "IRN>USA 115"},
		{"Iraqi Sunni parties boycotted the Iraqi elections.", "IRQOCCMUS>IRQOCC 143"},
		{"Japan cut off economic aid to Burma.", "JPN>MMR 1621"},
		{"The United States froze the assets of Iranian banks.", "USA>IRNBUS 163"}, // banks BUS (roles28)
		{"An Iraqi mob lynched two Israeli soldiers.", "IRQOCCCVL>ISRMIL 1823"},
		{"Israeli troops bulldozed Palestinian homes.", "ISRMIL>PSE 1712"},
		{"Israel normalized relations with Jordan.", "ISR>JOR 050"},
		{"The United States airlifted aid to Pakistan.", "USA>PAK 073"},
		{"Venezuela nationalized American oil companies.", "VEN>USABUS 1711"},
		{"Serbia engaged in ethnic cleansing against Bosnia.", "SCGSRB>BIH 203"},
		{"The IAEA dispatched inspectors to Iran.", "IGOUNOIAE>IRN 090; IRN>IGOUNOIAE 0862"},
		{"The United Nations dispatched peacekeepers to Haiti.", "IGOUNO>HTI 074; HTI>IGOUNO 0861"},
		{"Russia said that Sudan must return the helicopter.", "RUS>SDN 1053"},
		{"The United States declared that China must open its markets.", "USA>CHN 1011"},
		// A state held responsible for an attack or explosion is accused of
		// aggression, 1123, in the read sets' dev gold (fresh5 m-018,
		// fresh13 v-081, fresh21 ae-188 both ways, fresh28 al-056; 112 only
		// where the blamed are no state's forces, fresh24 ah-083, or the
		// act no attack, fresh28 al-088): the relabeller retrained after
		// military29 (session thirteen) takes the gold's 1123.
		{"Iraq said Iran was responsible for the bombing.", "IRQOCC>IRN 1123"},
		{"Israeli troops killed a senior Hamas commander.", "ISRMIL>PSEREBHMS 186"}, // an armed group's commander is the group (ownArmedRole)
		{"Israeli troops killed three Palestinians.", "ISRMIL>PSE 190"},
		{"China defended North Korea at the United Nations.", "CHN>PRK 052"},
		{"Hamas broke the ceasefire with Israel.", "PSEREBHMS>ISR 196"},
		{"Japan offered condolences to Turkey over the earthquake.", "JPN>TUR 018"},
		// placetarget.go: no second, place-only target beside the freed person.
		{"Al Shabaab freed a Kenyan doctor held in Somalia for two years.", "SOMREB>KENHLH 0841"},
		{"Israeli jets struck targets in Gaza.", "ISR>PSEGZA 195"}, // a place target alone stays
		// placetarget.go namedSubjects: the named gunmen, not the place, attacked.
		{"Boko Haram gunmen killed 15 villagers in Nigeria.", "NGAREB>NGACVL 190"},
		{"Russian gunmen killed two Ukrainian soldiers in Donetsk.", "RUSUAF>UKRMIL 190"},
		{"Iran downgraded relations with Britain.", "IRN>GBR 161"},
		{"The United States tightened sanctions on Iran.", "USA>IRN 163"},
		{"Israel eased the blockade of Gaza.", "ISR>PSEGZA 0872"},
		{"A Kenyan court convicted a former Kenyan minister.", "KENJUD>KENELI 116"},
		{"Pakistani militants tried to assassinate the Pakistani president.", "PAKREB>PAKGOV 185"},
		{"Greek farmers blocked roads against the Greek government over its farm policy.", "GRCAGR>GRCGOV 1442"},
		{"Israeli police fired tear gas at Palestinian protesters.", "ISRCOP>PSEOPP 175"},
		// A demand is no appeal: URGE's patterns (02x), filed in the DEMAND
		// block, are DEMAND's only after its own (and then moved to 10x).
		{"Iran demanded that Iraq release the prisoners.", "IRN>IRQOCC 1053"},
		{"Iran urged Iraq to release the prisoners.", "IRN>IRQOCC 0253"},
		// Signing is 057 whatever the agreement's terms; a signing to come is
		// an intent (03x) refined by them.
		{"Jordan signed a free trade pact with the United States.", "JOR>USA 057; USA>JOR 057"},
		{"Russia and India signed a defence agreement.", "RUS>IND 057; IND>RUS 057"},
		{"Japan will sign a trade agreement with China.", "JPN>CHN 0311; CHN>JPN 0311"},
		// A ceasefire signed is the signing's 057 pair beside the truce's
		// 0871 pair (README, fresh38's adjudication; coder/signing.go). The
		// dev gold of a ceasefire signed as the main verb: fresh38 av-163
		// and av-123 both pairs, fresh14 x-245 the 057 pair alone; none the
		// 0871 pair alone, as this line had it (signing36).
		{"Iran and Iraq signed a ceasefire.", "IRN>IRQOCC 0871; IRQOCC>IRN 0871; IRN>IRQOCC 057; IRQOCC>IRN 057"},
		// The verb as the sub-code's cue (WITHDRAW: 0874) only when no
		// object says what was withdrawn.
		{"Russia withdrew its objection to the UN resolution on Syria.", "RUS>IGOUNO 080"},
		{"Iraq withdrew its demand for Kuwait.", "IRQOCC>KWT 080"},
		{"Syria withdrew yesterday from Lebanon.", "SYR>LBN 0874"},
		{"Palestinian prisoners rioted in an Israeli jail.", "PSE>ISR 145"},
		// Demands accepted are yielding (08x), by what was demanded.
		{"The Rwandan government accepted demands from Rwandan rebels that it initiate political reforms.", "RWAGOV>RWAREB 083"},
		{"Israel accepted the Egyptian demand for the release of prisoners.", "ISR>EGY 0841"},
		{"Iraq accepted the UN proposal.", "IRQOCC>IGOUNO 032"},
		// A state's protest is a complaint (110), not a demonstration (14x,
		// "civilian demonstrations"); people's protests stay 141.
		{"Japan protested to China over the detention of its fishermen.", "JPN>CHN 110"},
		{"The Chinese government protested against the Japanese visit.", "CHNGOV>JPN 110"},
		{"Palestinians protested against Israel.", "PSE>ISR 141"},
		{"Iranian students protested against Britain.", "IRNEDU>GBR 141"},
		// Ending negotiations (164) or mediation (165): FINISH has no code.
		{"The United States halted negotiations with North Korea.", "USA>PRK 164"},
		{"Syria ended its mediation between Lebanon and Israel.", "SYR>LBN 165; SYR>ISR 165"},
		// Cooperation cut is 160; with the IAEA it refuses international
		// monitoring, 1245 (coder/inspectorate.go), as the dev gold codes
		// it: m-183, x-052, ac-098, aw-148, ax-111, ae-117 all 1245.
		{"Iran suspended its cooperation with the IAEA.", "IRN>IGOUNOIAE 1245"},
		{"Mali suspended its cooperation with France.", "MLI>FRA 160"},
		// Accusations denied (016) and demands rejected (120), singular or plural.
		{"Pakistan denied the Indian accusations.", "PAK>IND 016"},
		{"Israel denied Palestinian allegations of torture.", "ISR>PSE 016"},
		{"Syria rejected the Israeli demand.", "SYR>ISR 120"},
		// A blockade, sanctions or occupation continued is imposed still.
		{"Israel continued its blockade of Gaza.", "ISR>PSEGZA 191"},
		{"The United States maintained sanctions on Cuba.", "USA>CUB 163"},
		{"Israel continued its occupation of the West Bank.", "ISR>PSE 192"},
		// Aid received is the giver's aid (07x), refined by its kind.
		{"Egypt received food aid from Japan.", "JPN>EGY 073"},
		{"Pakistan received military assistance from China.", "CHN>PAK 072"},
		// Pressing someone to act is a demand (10x), not coercion (17x).
		{"The Nigerian government pressured Nigerian teachers to end their strike.", "NGAGOV>NGAEDU 1052"},
		// Settlements built are not a dispute settled (SETTLE 107).
		{"The United States pressured Israel to halt settlement construction.", "USA>ISR 100"},
		// An appeal's pattern with an intent code is the appeal of that kind.
		{"Egypt urged Israel to resume negotiations.", "EGY>ISR 026"},
		{"Egypt urged Israel to accept mediation.", "EGY>ISR 028"},
		// Expelling a body is 166 (peacekeepers 1661, aid agencies 1663),
		// individuals 174.
		{"Sudan expelled international aid agencies from Darfur.", "SDN>NGO 1663"},
		{"Russia expelled Amnesty International.", "RUS>NGOHRIAMN 166"},
		{"Kenya deported 20 Somali refugees.", "KEN>SOMREF 174"},
		{"Kenya deported more than 1,000 Somali refugees.", "KEN>SOMREF 201"},
		{"Israel deported hundreds of Palestinians.", "ISR>PSE 201"},
		// Welcoming a decision approves it (051), it does not defend it (052).
		{"France hailed the American decision.", "FRA>USA 051"},
		// Going on alert: 152 for the military, 151 for police.
		{"Israeli troops went on high alert along the border with Lebanon.", "ISRMIL>LBN 152"},
		{"Indian police went on high alert after the attack by Pakistani militants.", "INDCOP>PAKREB 151"},
		// Support rallied for someone is 053, the one supported the target.
		{"Saudi Arabia mustered support for Iraq.", "SAU>IRQOCC 053"},
		// Tensions eased, reduced or defused: de-escalation (087).
		{"India defused tensions with Pakistan.", "IND>PAK 087"},
		{"China and Japan reduced tensions over the islands.", "CHN>JPN 087; JPN>CHN 087"},
		// Considering an option is 014, whatever the option.
		{"Japan is considering new aid to Kenya.", "JPN>KEN 014"},
		{"The United States weighed military action against Iraq.", "USA>IRQOCC 014"},
		// Claiming responsibility is 015, whatever act is claimed.
		{"Hamas claimed responsibility for the suicide bombing in Israel.", "PSEREBHMS>ISR 015"},
		{"Hezbollah claimed responsibility for the kidnapping of two Israeli soldiers.", "LBNREB>ISRMIL 015"},
		// Mass expulsion (201): a population forced or expelled from its homes.
		{"Israeli troops forced Palestinian families from their homes.", "ISRMIL>PSE 201"},
		{"Israel expelled hundreds of Palestinians from their homes.", "ISR>PSE 201"},
		// Without a population's homes, forcing people from a place is FORCE's
		// own 170 (and FORCE's "- + * FROM $ [100]" no longer reads it backwards).
		{"The Israeli army forced Palestinian refugees from the West Bank.", "ISRMIL>PSEREF 170"},
		// OUST's "- $ * + FROM ^ [160]", tried on DEPORT after its own
		// patterns, names no more than the actors: DEPORT's own 174 stands.
		{"Israel deported Palestinian activists from Jordan.", "ISR>PSEOPP 174"},
		// Round four: journalists' phrasing.
		{"Israel launched air strikes on Syria on Tuesday.", "ISR>SYR 195"},
		{"Israel carried out airstrikes against Hamas in Gaza.", "ISR>PSEREBHMS 195"},
		{"Russia carried out a raid on a Georgian village.", "RUS>GEOCVL 190"},
		{"China began three days of combat drills around Taiwan.", "CHN>TWN 150"},
		{"Russia held naval exercises off Japan.", "RUS>JPN 150"},
		{"China held joint exercises with Russia near Japan.", "CHN>RUS 062; RUS>CHN 062"},
		{"Israeli and Palestinian negotiators sat down for talks in Cairo.", "ISRGOV>PSEGOV 046; PSEGOV>ISRGOV 046"},
		{"Syria sat down for talks with Israel.", "SYR>ISR 046; ISR>SYR 046"},
		{"Egypt rolled out the red carpet for the Sudanese president.", "EGY>SDNGOV 043; SDNGOV>EGY 042"},
		{"Colombian rebels handed over their weapons to United Nations monitors.", "COLREB>IGOUNO 0873"},
		{"Colombia handed over the suspect to the United States.", "COL>USA 063"},
		{"Israel dismissed the Palestinian peace plan.", "ISR>PSE 127"},
		{"Indian police beat a Pakistani fisherman to death.", "INDCOP>PAKAGR 1823"},
		{"Russia and Georgia traded accusations on Saturday.", "RUS>GEO 112; GEO>RUS 112"},
		{"Iran slammed Israel on Monday.", "IRN>ISR 111"},
		{"A truck slammed into an Israeli checkpoint.", ""},
		{"Iran paid tribute to Syria on Monday.", "IRN>SYR 051"},
		{"Russia stepped up attacks on Georgia.", "RUS>GEO 190"},
		{"Iran inked a deal with China.", "IRN>CHN 057; CHN>IRN 057"},
		{"The United States slapped tariffs on Chinese goods.", "USA>CHN 163"},
		{"The United States piled pressure on Iran.", "USA>IRN 100"},
		{"Serbia recalled its envoy to Montenegro.", "SCGSRB>SCGMNE 161"},
		// A reopened embassy is diplomatic cooperation, 050, in the read
		// sets' one dev row of it (written w-297, the same story): the
		// relabeller trained on all read dev halves (round twenty-nine)
		// takes it over the row's 054.
		{"Iran reopened its embassy in Riyadh.", "IRN>SAU 050"},
		{"Israel accepted demands from Egypt.", "ISR>EGY 080"},
		{"Angola conceded to demands from Namibia.", "AGO>NAM 080"},
		{"Israel caved in to pressure from the United States.", "ISR>USA 080"},
		{"Iran walked out of talks with the United States.", "IRN>USA 164"},
		{"Russia pulled out of talks with Georgia.", "RUS>GEO 164"},
		{"Hamas rejected the Israeli offer.", "PSEREBHMS>ISR 120"},
		{"Iran rejected Washington's demand.", "IRN>USA 120"},
		{"Iran rejected the accusations by the United States.", "IRN>USA 016"},
		{"Iran turned down an offer from the United States.", "IRN>USA 120"},
		{"Syria requested aid from Iran.", "SYR>IRN 023"},
		{"Russia proposed talks with Georgia.", "RUS>GEO 036"},
		{"Japan held a phone call with India on Monday.", "JPN>IND 041; IND>JPN 041"},
		{"Russia banned imports from Georgia.", "RUS>GEO 163"},
		{"Iran seized a British oil tanker.", "IRN>GBRBUS 181"},
		{"Russia delivered weapons to Syria.", "RUS>SYR 072"},
		{"The United States supplied arms to Israel.", "USA>ISR 072"},
		{"Japan extended a loan to Sri Lanka.", "JPN>LKA 071"},
		{"Israel declared a state of emergency in Gaza.", "ISR>PSEGZA 1724"},
		{"A ceasefire between Israel and Hamas took hold on Friday.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"A truce between Russia and Georgia came into force on Monday.", "RUS>GEO 0871; GEO>RUS 0871"},
		{"Negotiations between Israel and Hamas collapsed on Monday.", "ISR>PSEREBHMS 164; PSEREBHMS>ISR 164"},
		{"Talks between Russia and Georgia ended without agreement.", "RUS>GEO 164; GEO>RUS 164"},
		{"Clashes between Armenia and Azerbaijan killed 50 soldiers.", "ARM>AZE 190; AZE>ARM 190"},
		{"Fighting between Israel and Hamas continued on Monday.", "ISR>PSEREBHMS 190; PSEREBHMS>ISR 190"},
		{"China protested to Japan over the visit.", "CHN>JPN 110"},
		{"Chinese students protested over the visit by Japan.", "CHNEDU>JPN 141"},
		{"Iran took the United States to the International Court of Justice.", "IRN>USA 115"},
		{"Russia pointed the finger at Georgia for the blast.", "RUS>GEO 112"},
		{"The Iranian president flew to Russia on Monday.", "IRNGOV>RUS 042; RUS>IRNGOV 043"},
		{"Russian troops flew to Syria.", ""},
		{"The Iranian president made a trip to Russia.", "IRNGOV>RUS 042; RUS>IRNGOV 043"},
		{"China and Russia vowed to strengthen military ties.", "CHN>RUS 0312; RUS>CHN 0312"},
		{"Hamas vowed revenge against Israel.", "PSEREBHMS>ISR 138"},
		{"India and Japan held joint naval drills.", "IND>JPN 062; JPN>IND 062"},
		{"Belgium raised its terrorism threat level for France.", "BEL>FRA 151"},
		{"The Venezuelan Supreme Court upheld a ban on Colombia.", "VENJUD>COL 172"},
		{"Egyptian police rounded up dozens of Egyptian activists.", "EGYCOP>EGYOPP 173"},
		{"Iran put a British national under house arrest.", "IRN>GBR 173"},
		{"Israel cracked down on Palestinian protesters.", "ISR>PSEOPP 175"},
		{"United Nations weapons inspectors arrived in Iraq on Monday.", "IRQOCC>IGOUNO 0862"},
		{"NATO peacekeepers arrived in Lebanon on Monday.", "IGOWSTNAT>LBN 074; LBN>IGOWSTNAT 0861"},
		{"The United States pressured China to release the activists.", "USA>CHN 1053"},
		{"Iran accepted the offer from Russia.", "IRN>RUS 030"},
		{"Japan joined the sanctions against Russia.", "JPN>RUS 163"},
		// Suspending cooperation with the IAEA refuses the inspectors, 1245,
		// in the read sets' dev gold (fresh5 m-183, fresh14 x-052, fresh19
		// ac-098; testdata/news/README.md, fresh19's "Suspending
		// cooperation with the IAEA"; fresh21 ae-117 160 the one row
		// against): the SUSPEND row gives 160 and the relabeller trained on
		// all read dev halves (round twenty-nine) takes 1245. With "its"
		// (above) it keeps the row's 160, which that case still pins.
		{"Iran suspended cooperation with the IAEA.", "IRN>IGOUNOIAE 1245"},
		{"Iran concluded a cooperation agreement with China.", "IRN>CHN 057; CHN>IRN 057"},
		{"Iranian police dispersed Iranian protesters.", "IRNCOP>IRNOPP 175"},
		{"Iranian protesters were dispersed by Iranian police.", "IRNCOP>IRNOPP 175"},
		{"The crowd dispersed peacefully in Tehran.", ""},
		{"Serbia excoriated Croatia on Monday.", "SCGSRB>HRV 111"},
		{"The United States trained Ukrainian soldiers.", "USA>UKRMIL 072"},
		{"Iran came under pressure from France on Monday.", "FRA>IRN 100"},
		{"Israel came under fire from Hamas on Monday.", "PSEREBHMS>ISR 193"},
		{"Iran faced sanctions from the United States.", "USA>IRN 163"},
		{"Iran drew criticism from France on Monday.", "FRA>IRN 111"},
		{"Iran received support from Russia on Monday.", "RUS>IRN 051"},
		{"Iran received weapons from Russia.", "RUS>IRN 072"},
		{"Iran received a visit from the Russian president.", "RUSGOV>IRN 042; IRN>RUSGOV 043"},
		{"The Turkish president won the election on Sunday.", ""},
		{"Iran won support from Russia on Monday.", "RUS>IRN 051"},
		{"The Turkish foreign minister spoke to reporters in Ankara.", ""},
		{"Speaking to reporters in Ankara, the Turkish foreign minister criticized Greece.", "TURGOV>GRC 111"},
		{"The Turkish foreign minister spoke to Greece on Monday.", "TURGOV>GRC 040; GRC>TURGOV 040"},
		{"The United States paused military aid to Ukraine.", "USA>UKR 1622"},
		{"Pakistani protesters torched the American consulate.", "PAKOPP>USAGOV 145"},
		{"Iranian protesters stormed the British embassy.", "IRNOPP>GBRGOV 145"},
		{"Iranian troops stormed the British embassy.", "IRNMIL>GBRGOV 190"},
		{"Kenyan opposition supporters took to the streets against the Kenyan government.", "KENOPP>KENGOV 141"},
		{"Iran made an offer to the United States.", "IRN>USA 030"},
		{"Iran extended an invitation to Iraq.", "IRN>IRQOCC 036"},
		{"Iran delivered a warning to Israel.", "IRN>ISR 130"},
		{"Iran filed a protest with Syria.", "IRN>SYR 114"},
		{"Iran voiced solidarity with Syria.", "IRN>SYR 051"},
		{"Bolivia broke ties with Israel.", "BOL>ISR 161"},
		{"Russia declared two British diplomats persona non grata.", "RUS>GBRGOV 161"},
		{"The United States hit Russia with sanctions.", "USA>RUS 163"},
		{"Turkey suspended trade with Israel.", "TUR>ISR 163"},
		{"North Korea put its troops on alert along the border with South Korea.", "PRK>KOR 152"},
		{"Russia built up forces near Georgia.", "RUS>GEO 154"},
		{"China conducted a show of force near Taiwan.", "CHN>TWN 150"},
		{"Russian bombers flew near Japan.", "RUSMIL>JPN 150"},
		{"Sudanese militiamen sexually assaulted Sudanese women.", "SDNUAF>SDNCVL 1821"},
		{"Syrian rebels used Syrian civilians as human shields.", "SYRREB>SYRCVL 184"},
		{"Israeli settlers torched Palestinian homes.", "ISRCVL>PSE 1712"},
		{"Israel allowed aid into Gaza.", "ISR>PSEGZA 0863"},
		{"Iran released a detained British tanker.", "IRN>GBRBUS 0842"},
		{"Russia returned the seized Ukrainian ships.", "RUS>UKR 0842"},
		{"Syria ended mediation efforts between Lebanon and Israel.", "SYR>LBN 165; SYR>ISR 165"},
		// Round six: rallies calling for something (1411 by the table),
		// motorways and junctions blocked (144).
		{"Thousands of protesters rallied in Dhaka calling for the prime minister to resign.", "BGDOPP>BGDGOV 1411"},
		{"Climate activists blocked a motorway in The Hague.", "NLDOPP>NLDGOV 144"},
		// Two parties agreeing that something is so express accord (019).
		{"Russia and China agreed that the crisis in Syria must be resolved peacefully.", "RUS>CHN 019; CHN>RUS 019"},
		{"France and Germany agreed to expand cooperation.", "FRA>DEU 030; DEU>FRA 030"},
	}
	checkCodes(t, "2005-06-01", tests)
}

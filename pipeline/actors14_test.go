package pipeline_test

import "testing"

// TestRoundFourteenActors: names and role words of round fourteen (actors14),
// each a row of dict/data/dyad.actors.txt, dyad.agents.txt or
// dyad.errata.actors.txt, or a title rule of actor/title.go. The sentences are
// written for the test; each row fails without its entry.
func TestRoundFourteenActors(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// People current news names (dyad.actors.txt, "round fourteen: people").
		{"a Chinese foreign ministry spokesperson by name", "Mao Ning criticised Japan on Monday.", "2023-07-12", "CHNGOV>JPN 111"},
		{"a spokesperson's name, not the target's country, gives the ministry's", "Foreign Ministry spokesperson Wang Wenbin criticised Japan on Monday.", "2022-06-17", "CHNGOV>JPN 111"},
		{"an Iranian spokesman is not Egypt's Nasser", "Nasser Kanaani condemned Sweden on Tuesday.", "2023-02-07", "IRNGOV>SWE 111"},
		{"the Kremlin's spokesman", "Dmitry Peskov criticised Ukraine on Friday.", "2024-07-26", "RUSGOV>UKR 111"},
		{"Kim Jong Un's sister speaks for the government", "Kim Yo Jong denounced South Korea on Friday.", "2024-11-01", "PRKGOV>KOR 111"},
		{"the U.N. rights chief is not Turkey", "Volker Turk criticised Israel on Monday.", "2024-08-19", "IGOUNO>ISR 111"},
		{"an opposition leader before office", "Hakainde Hichilema criticised Zambia on Monday.", "2017-04-18", "ZMBOPP>ZMB 111"},
		{"the same leader in office", "Hakainde Hichilema criticised Malawi on Monday.", "2022-04-18", "ZMBGOV>MWI 111"},
		{"a Kremlin critic", "Alexei Navalny criticised Germany on Monday.", "2020-09-02", "RUSOPP>DEU 111"},
		{"Tunisia's president, whom the table does not cover", "Kais Saied criticised France on Monday.", "2021-07-25", "TUNGOV>FRA 111"},
		// Agency English (dyad.actors.txt and dyad.agents.txt, "round fourteen: agency English").
		{"a one-party state's ruling party is its government", "China praised the Lao People's Revolutionary Party on Monday.", "2023-11-21", "CHN>LAOGOV 051"},
		{"the Workers' Party of Korea is not labour", "China praised the Workers' Party of Korea on Monday.", "2023-11-21", "CHN>PRKGOV 051"},
		{"North Korea's National Defence Commission", "North Korea's National Defence Commission denounced South Korea.", "2016-03-04", "PRKGOV>KOR 111"},
		{"the Zionist regime is Israel's government, not the source's", "The Islamic Revolutionary Guard Corps condemned the Zionist regime on Monday.", "2024-04-14", "IRNMIL>ISRGOV 111"},
		{"the Zionist entity is Israel", "Iran criticised the Zionist entity on Monday.", "2024-04-14", "IRN>ISR 111"},
		{"the Custodian of the Two Holy Mosques is the Saudi king", "The Custodian of the Two Holy Mosques criticised Iran on Monday.", "2023-06-01", "SAUGOV>IRN 111"},
		{"Myanmar's State Counsellor is its government, not a lawyer", "Myanmar's State Counsellor criticised Thailand on Monday.", "2018-06-01", "MMRGOV>THA 111"},
		// Heads of state and government since 2014, party and state officials.
		{"Nepal's prime minister in his second term", "KP Sharma Oli criticised India on Monday.", "2020-12-02", "NPLGOV>IND 111"},
		{"Peru's president after his removal", "Pedro Castillo criticised Peru on Monday.", "2023-03-16", "PERELI>PER 111"},
		{"Chad's leader, not his father", "Mahamat Idriss Deby criticised France on Monday.", "2023-05-18", "TCDGOV>FRA 111"},
		{"'Ali Bongo' without his other names", "Ali Bongo criticised France on Monday.", "2022-05-18", "GABGOV>FRA 111"},
		{"a Politburo Standing Committee member", "Han Zheng criticised Japan on Monday.", "2019-05-18", "CHNGOV>JPN 111"},
		{"a Nepali leader by his nom de guerre", "Prachanda criticised India on Monday.", "2023-05-18", "NPLGOV>IND 111"},
		// Opposition leaders, IGO heads and U.N. envoys.
		{"an opposition leader by name", "Maria Corina Machado criticised Venezuela on Monday.", "2024-01-10", "VENOPP>VEN 111"},
		{"an opposition leader who became prime minister", "Ousmane Sonko criticised France on Monday.", "2024-09-10", "SENGOV>FRA 111"},
		{"the Arab League's secretary-general", "Ahmed Aboul Gheit criticised Israel on Monday.", "2022-01-10", "IGOMEAARL>ISR 111"},
		{"the African Union Commission's chairperson", "Moussa Faki Mahamat criticised Sudan on Monday.", "2022-01-10", "IGOAFRAFU>SDN 111"},
		{"a U.N. envoy", "Hans Grundberg criticised the Houthis on Monday.", "2023-01-10", "IGOUNO>YEMREB 111"},
		// U.S. politicians, armed-group leaders, opposition figures; Trump between terms.
		{"Trump between his presidencies is a former president", "Donald Trump criticised China on Monday.", "2022-06-01", "USAELI>CHN 111"},
		{"Trump in his second term", "Donald Trump criticised China on Monday.", "2025-06-01", "USAGOV>CHN 111"},
		{"Sinwar as Hamas's Gaza chief", "Yahya Sinwar criticised Israel on Monday.", "2023-06-01", "PSEREBHMS>ISR 111"},
		{"the U.S. vice-president", "Kamala Harris criticised Russia on Monday.", "2022-06-01", "USAGOV>RUS 111"},
		{"Boko Haram's leader", "Abubakar Shekau threatened Nigeria on Monday.", "2016-06-01", "NGAREB>NGA 130"},
		{"an Iranian opposition leader", "Mir Hossein Mousavi criticised Iran on Monday.", "2009-06-13", "IRNOPP>IRN 111"},
		{"Sri Lanka's president from 2024", "Anura Kumara Dissanayake criticised India on Monday.", "2025-01-10", "LKAGOV>IND 111"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, tt.date)
			if has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
		})
	}
}

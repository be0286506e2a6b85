// Attributes told around a name: a description before it, a name before a title, verbs of place
// after it, and a status after "who".
#include <catch2/catch.hpp>

#include <algorithm>

#include "attribution_test_support.h"

using namespace factdiff;
using testing::run_attribution;
using testing::text_document;

namespace {

// "subject name=value" for every attribute claim, sorted.
std::vector<std::string> attribute_dump(const std::string& text) {
  const auto run = run_attribution({text_document("doc", "Headline\n\n" + text + "\n")});
  std::vector<std::string> dump;
  for (const Claim& claim : run.claims) {
    if (claim.kind != ClaimKind::kAttribute) continue;
    dump.push_back(claim.subject + " " + claim.attribute_name + "=" + claim.attribute_value);
  }
  std::sort(dump.begin(), dump.end());
  return dump;
}

using Dump = std::vector<std::string>;

}  // namespace

TEST_CASE("attributes told around a name as a table", "[attribution]") {
  struct Case {
    const char* text;
    Dump expected;
  };
  const Case cases[] = {
      // A description set off before a name.
      {"Police spoke to an eyewitness, Mark Lea, on Friday.", {"Mark Lea role=eyewitness"}},
      {"A lawyer for the Council of Civic Relations, Omar Salem, said the group was worried.",
       {"Omar Salem affiliation=Council of Civic Relations", "Omar Salem role=lawyer"}},
      {"We spoke with CNN's medical correspondent, Dr. Sanjay Patel.",
       {"Sanjay Patel affiliation=CNN", "Sanjay Patel role=doctor", "Sanjay Patel role=medical correspondent"}},
      // A description whose head is no title, or names several, describes nobody.
      {"In a statement, Ella Moss said the shop would reopen.", {}},
      {"The victims, Ada Lund and Karl Voss, were not named at first.", {}},
      // An organisation's possessive before a name.
      {"The Daily Post's Ana Kurtz wrote about it.", {"Ana Kurtz affiliation=The Daily Post"}},
      {"Florida's Rick Hale spoke first.", {}},
      {"The FBI's Detroit Division led the search.", {}},
      // A name before a title says where, or for whom when it is an organisation.
      {"Tom Hale, a Broward County commissioner, was at the airport.", {"Tom Hale role=commissioner"}},
      {"Tom Hale, a Broward County Commissioner, was at the airport.", {"Tom Hale role=Commissioner"}},
      {"George Pera, FBI special agent in charge, spoke on Monday.",
       {"George Pera affiliation=FBI", "George Pera role=special agent in charge"}},
      {"Ann Ford, Rehires Attorney, left.", {}},
      {"Majed Hamdan, an Associated Press photographer, saw it.", {}},
      // Verbs of place after a name or after "who".
      {"Carla Ruiz grew up in Kissimmee.", {"Carla Ruiz origin=Kissimmee"}},
      {"Jose Marin, who is originally from El Salvador, was hit twice.",
       {"Jose Marin origin=El Salvador"}},
      {"Chris Hall moved to Florida two months ago.", {"Chris Hall residence=Florida"}},
      {"Chris Hall moved to the back of the room.", {}},
      {"Chris Hall moved to Florida a year ago from Ohio.", {"Chris Hall origin=Ohio", "Chris Hall residence=Florida"}},
      {"Chris Hall moved to Florida with Anna Berg from Ohio.", {"Chris Hall residence=Florida"}},
      {"Born in Tulsa, Chris Hall moved to Ohio.", {"Chris Hall origin=Tulsa", "Chris Hall residence=Ohio"}},
      {"Born in Tulsa, the shop moved to Ohio.", {}},
      // A status after "who".
      {"Lena Fischer, who died on Sunday, was a nurse.", {"Lena Fischer role=nurse", "Lena Fischer status=dead"}},
      // A status verb after the comma that closes an appositive name.
      {"Her uncle, 58-year-old Pavel Novak, died at the scene.", {"Pavel Novak status=dead"}},
      {"The driver, Pavel Novak, faces charges of reckless driving.", {"Pavel Novak status=charged"}},
      // A description set off after a name does not end a list of names.
      {"Rosa Lenz, a retired nurse, and Pavel Novak, 40, were killed.",
       {"Pavel Novak status=dead", "Rosa Lenz role=retired nurse", "Rosa Lenz status=dead"}},
      {"Rosa Lenz, the owner, and the driver were killed.", {"Rosa Lenz role=owner"}},
      // A "who" clause after a description speaks of the person described.
      {"Ines Vidal, a cashier at Lakeside Hospital who grew up in Tulsa, saw it.",
       {"Ines Vidal affiliation=Lakeside Hospital", "Ines Vidal origin=Tulsa", "Ines Vidal role=cashier"}},
      {"Ines Vidal, the guard who died, was 30.", {"Ines Vidal role=guard", "Ines Vidal status=dead"}},
      // A status in a subject about victims holds for the names a naming verb gives them.
      {"The victims who died have been identified as 18-year-old Ann Berg and 14-year-old Sean Dale.",
       {"Ann Berg status=dead", "Sean Dale status=dead"}},
      {"The man who killed three people was identified as Carl Moe.", {}},
      {"Police identified the injured as 37-year-old Ana Tay.", {"Ana Tay status=injured"}},
      // The role after an owner's possessive.
      {"Gene Lind, the club's owner, spoke first.", {"Gene Lind role=owner"}},
      // A generational suffix after a comma is part of the name, and no surname.
      {"Freddie Rodd, Jr. died at a local hospital.", {"Freddie Rodd status=dead"}},
      {"Travis Wade II was arrested on Sunday. Wade is being held in the county jail.",
       {"Travis Wade II status=arrested", "Travis Wade II status=in custody"}},  // one person
      // A second description joined by "and" describes the same person.
      {"Dr. Lena Ortiz, a surgeon and chief medical correspondent for CNN, spoke.",
       {"Lena Ortiz affiliation=CNN", "Lena Ortiz role=chief medical correspondent", "Lena Ortiz role=doctor",
        "Lena Ortiz role=surgeon"}},
      {"Lena Ortiz, a surgeon and CNN's chief medical reporter, spoke.",
       {"Lena Ortiz affiliation=CNN", "Lena Ortiz role=chief medical reporter", "Lena Ortiz role=surgeon"}},
      {"Rosa Lenz, a nurse and Pavel Novak were at home.", {"Rosa Lenz role=nurse"}},
      {"Dr. Lena Ortiz, a surgeon and Chief Medical Officer for the Lakeside Hospital, spoke.",
       {"Lena Ortiz affiliation=Lakeside Hospital", "Lena Ortiz role=Chief Medical Officer", "Lena Ortiz role=doctor",
        "Lena Ortiz role=surgeon"}},
      {"Rosa Lenz, a nurse and Mayor Ana Ruiz were at home.", {"Ana Ruiz role=mayor", "Rosa Lenz role=nurse"}},
      {"Dr Lena Ortiz, CNN's well-known medical correspondent and a neuro-surgeon of repute, spoke.",
       {"Lena Ortiz affiliation=CNN", "Lena Ortiz role=doctor", "Lena Ortiz role=medical correspondent",
        "Lena Ortiz role=neuro-surgeon"}},
      // Verbs of affiliation and place after a pronoun that stands for the person just named.
      {"Greta Holm spoke first. She was a member of the Lakeside Rowing Club.",
       {"Greta Holm affiliation=Lakeside Rowing Club"}},
      {"Greta Holm spoke first. She grew up in Tulsa.", {"Greta Holm origin=Tulsa"}},
      // An age before a description set off after a name; the copula after both.
      {"Ivo Marsh, 26, a former soldier, was arrested on Friday.",
       {"Ivo Marsh role=former soldier", "Ivo Marsh status=arrested"}},
      {"Ivo Marsh, 26, a former soldier, has been identified as the suspect.",
       {"Ivo Marsh role=former soldier", "Ivo Marsh role=suspect"}},
      // A residence whose name holds an organisation word, and the status after it.
      {"Mia Lund of Council Bluffs, Iowa, was killed in the shooting.",
       {"Mia Lund residence=Council Bluffs", "Mia Lund status=dead"}},
      {"Mia Lund of Tulsa died at the scene.", {"Mia Lund residence=Tulsa", "Mia Lund status=dead"}},
      {"Mia Lund of Lakeside Police spoke first.", {"Mia Lund affiliation=Lakeside Police"}},
      {"Lakeside Chief of Police Ann Ruiz said the road was closed.", {}},
      // A full name with an organisation word is a person's when an age follows it.
      {"Dale Church, 19, was charged with assault.", {"Dale Church status=charged"}},
      {"Lakeside Church was closed.", {}},
      // A quoted nickname between a first name and a surname is no part of the name.
      {"Omar \"Ace\" Reyes and Ana Ruiz face charges of murder.",
       {"Ana Ruiz status=charged", "Omar Reyes status=charged"}},
      {"Witness Ana Ruiz saw the car.", {"Ana Ruiz role=witness"}},
      // Lower-case nouns before a lower-case title say what it holds, after a mark or at the
      // start of a sentence; after a word they may be a verb's object or a phrase of their own.
      {"\"We close at nine,\" bakery owner Ana Ruiz said.", {"Ana Ruiz role=bakery owner"}},
      {"The crowd cheered officer Ana Ruiz.", {"Ana Ruiz role=officer"}},
      {"A statement through attorney Ana Ruiz was read.", {"Ana Ruiz role=attorney"}},
      {"The mayor greeted President Ana Ruiz.", {"Ana Ruiz role=president"}},
      // An organisation after "at" opening the sentence is where a titled person there works.
      {"At the Lakeside Community Church, the Rev. Ana Ruiz spoke of grief.",
       {"Ana Ruiz affiliation=Lakeside Community Church", "Ana Ruiz role=reverend"}},
      {"At the Lakeside Community Church, Ana Ruiz spoke of grief.", {}},
      // Titles joined by a slash are one role; an honorific keeps its article after a post.
      {"Firefighter/paramedic Ana Ruiz spoke first.", {"Ana Ruiz role=firefighter/paramedic"}},
      {"The club spokesman the Rev. Ana Ruiz spoke first.", {"Ana Ruiz role=reverend", "Ana Ruiz role=spokesman"}},
      {"The spokesman thanked the Rev. Ana Ruiz.", {"Ana Ruiz role=reverend"}},
      // A bare title joined by "and" to a titled name is another role of that person.
      {"The board thanked surgeon and Police Chief Ana Ruiz.", {"Ana Ruiz role=police chief", "Ana Ruiz role=surgeon"}},
      {"The crowd cheered a teacher and Officer Ana Ruiz.", {"Ana Ruiz role=officer"}},
      {"Police named the suspect and Ana Ruiz on Monday.", {}},
      // A compound adjective before a title is no part of it; before another word it may be.
      {"Ana Ruiz was the plain-spoken police chief of Tulsa.", {"Ana Ruiz role=police chief"}},
      {"Ana Ruiz was a part-time driver.", {"Ana Ruiz role=part-time driver"}},
      {"Police Chief \"AJ\" Perez spoke first.", {"Perez role=police chief"}},
      // The noun a naming verb gives ends before a relative clause.
      {"Police identified the officers who were hurt as Ana Ruiz and Omar Reyes.",
       {"Ana Ruiz role=officer", "Omar Reyes role=officer"}},
      {"The suspect - later identified as 29-year-old Omar Reyes - fled.", {"Omar Reyes role=suspect"}},
      {"The man was identified as Omar Reyes.", {}},
      {"The county identified the Sheriff who fired as Omar Reyes.", {"Omar Reyes role=sheriff"}},
      {"Police identified the Lakeside Wardens who fired as Omar Reyes.", {}},
      {"Police identified the guards who were killed as Ana Ruiz and Omar Reyes.",
       {"Ana Ruiz role=guard", "Ana Ruiz status=dead", "Omar Reyes role=guard", "Omar Reyes status=dead"}},
      // A status told by a warrant, by the group a person was among, and by a pronoun after an
      // opening phrase.
      {"A warrant for first degree murder was issued for Omar Reyes on Monday.", {"Omar Reyes status=wanted"}},
      {"Police issued a statement for Omar Reyes.", {}},
      {"Ana Ruiz was among the 12 people wounded in the attack.", {"Ana Ruiz status=injured"}},
      {"Ana Ruiz was among the first to arrive.", {}},
      {"Omar Reyes fled. According to police, he was taken into custody on Monday.",
       {"Omar Reyes status=in custody"}},
      {"Omar Reyes fled. After Ana Ruiz called, he was taken into custody.", {}},
      // A pronoun opening the sentence after one its person opened takes status verbs too.
      {"Ana Ruiz was shot on Friday. She died at the hospital.", {"Ana Ruiz status=dead"}},
      {"Police named Ana Ruiz. She died at the hospital.", {}},
      // "Both men": the two persons the sentence before names, or the two sentences before.
      {"Officers arrested Omar Reyes. They also captured Ivo Marsh. Both men face murder charges.",
       {"Ivo Marsh status=arrested", "Ivo Marsh status=charged", "Omar Reyes status=arrested",
        "Omar Reyes status=charged"}},
      {"Ana Ruiz named Omar Reyes and Ivo Marsh. Both men face murder charges.", {}},
      {"Officers arrested Omar Reyes.\n\nThey also captured Ivo Marsh.\n\nBoth men face murder charges.",
       {"Ivo Marsh status=arrested", "Ivo Marsh status=charged", "Omar Reyes status=arrested",
        "Omar Reyes status=charged"}},
      // "The couple", "The pair": the two persons named before (a kin word names one by a first
      // name), past a photo caption; a home they share is each one's.
      {"Ivo Marsh and his wife Lena left the hotel early.\n\nA crowd gathers at the gate. (Ana Lee/AP)\n\n"
       "The couple, from Lakeside, Ohio, flew home on Sunday.",
       {"Ivo Marsh origin=Lakeside", "Lena origin=Lakeside"}},
      {"Ivo Marsh met Omar Reyes and Ana Ruiz at the hotel. The couple, from Lakeside, flew home.", {}},
      // A definite description with a title the document has not used opens the sentence after
      // one its person opened: more of that person. A title used before refers to its mention.
      {"Ana Lee's night was far from over. The intern for Lakeside News ran into a stall.",
       {"Ana Lee affiliation=Lakeside News", "Ana Lee role=intern"}},
      {"Ana Lee called an intern. Ana Lee's night was far from over. The intern for Lakeside News ran.", {}},
      // A pronoun opening the clause of a verb of realising is the sentence's subject.
      {"Ana Lee hid in a stall. Later that night, Ana Lee realized she’d been shot in the leg.",
       {"Ana Lee status=injured"}},
      {"Ana Lee hid in a stall. Later that night, Ana Lee thought she had been shot.", {}},
      // A "who" clause after a description tells a status after a copula too; such a description
      // introduces the person a "that" clause of the next sentence names.
      {"Ana Ruiz, a nurse who was killed on Sunday, lived nearby.", {"Ana Ruiz role=nurse", "Ana Ruiz status=dead"}},
      {"A nurse who was among those killed was remembered on Sunday. The Lakeside Post reports that 31-year-old "
       "Ana Ruiz had worked there for years.",
       {"Ana Ruiz role=nurse", "Ana Ruiz status=dead"}},
      {"A nurse was remembered on Sunday. The Lakeside Post reports that Ana Ruiz had worked there for years.", {}},
      // An adverb in -ly inside a verb of place.
      {"Pablo Ortega, who is reportedly from Quito, owns the bakery.", {"Pablo Ortega origin=Quito"}},
      {"Pablo Ortega, who flew briefly from Quito, owns the bakery.", {}},
      {"Riots Follow Death of Lakeside Teen Killed By Police", {}},
      // A name after a preposition that its description shows to be a person's.
      {"The plan was approved, according to Ana Ruiz, assistant director of the Lakeside Police Department.",
       {"Ana Ruiz affiliation=Lakeside Police Department", "Ana Ruiz role=assistant director"}},
      {"A tattoo covers the arm of Ivo Marsh, of Tulsa, as he waits.", {"Ivo Marsh residence=Tulsa"}},
      // A field of two parts after a title and "of"; organisations after "of" without an article.
      // An abbreviated title modifier is written in full, and its period ends no sentence.
      {"The van was rented on Friday, said Ola Berg, Asst. Special Agent In Charge of the Lakeside Police.",
       {"Ola Berg affiliation=Lakeside Police", "Ola Berg role=assistant Special Agent In Charge"}},
      {"Asst. Chief Ivo Marek closed the road.", {"Ivo Marek role=assistant chief"}},
      {"Ian Cole, assistant professor of history and politics at Lakeside University, spoke.",
       {"Ian Cole affiliation=Lakeside University", "Ian Cole role=assistant professor of history and politics"}},
      {"Ana Ruiz of Emory University and CNN spoke.", {"Ana Ruiz affiliation=CNN", "Ana Ruiz affiliation=Emory University"}},
      {"Ana Ruiz served in Iraq with the National Guard.", {"Ana Ruiz affiliation=National Guard"}},
      // After a business title, "of" names the business whatever its name; not a country.
      {"Rosa Lenz, the owner of Blue Fern, spoke first.", {"Rosa Lenz affiliation=Blue Fern", "Rosa Lenz role=owner"}},
      {"Rosa Lenz, the manager of His Band, spoke first.", {"Rosa Lenz role=manager"}},
      // "as a" and a description after the organisation a verb joined the person to.
      {"Ana Ruiz joined the Lakeside Fire Department/LFD as a volunteer driver in 2004.",
       {"Ana Ruiz affiliation=Lakeside Fire Department", "Ana Ruiz role=volunteer driver"}},
      {"Ana Ruiz joined the Lakeside Fire Department as the storm passed.",
       {"Ana Ruiz affiliation=Lakeside Fire Department"}},
      {"Ana Ruiz joined the Lakeside Fire Department as a storm passed.",
       {"Ana Ruiz affiliation=Lakeside Fire Department"}},
      {"Ana Ruiz, agent of the Bureau of Fire, Rescue and Safety, spoke.", {"Ana Ruiz role=agent"}},
      {"Ana Ruiz, agent of the Bureau of Alcohol, Tobacco, Firearms and Explosives, spoke.",
       {"Ana Ruiz affiliation=ATF", "Ana Ruiz role=agent"}},
      {"Ana Ruiz traveled from Tulsa, Oklahoma, to Miami.", {"Ana Ruiz origin=Tulsa"}},
      {"Ana Ruiz was instead fatally gunned down.", {"Ana Ruiz status=dead"}},
      {"Ivo Marsh, 57, of Tulsa, has been identified as one of the slain victims.",
       {"Ivo Marsh residence=Tulsa", "Ivo Marsh status=dead"}},
      {"Ivo Marsh has been identified as one of the witnesses.", {}},
      // A title-case phrase of common words is no name; a fund is an organisation.
      {"Officer Ana Ruiz said the officer involved shooting review begins. The Officer Involved Shooting review begins.",
       {"Ana Ruiz role=officer"}},
      {"The city created Lakeside Relief Fund, a fund for victims.", {}},
      // A place that "all of" or "both of" gives after a list of names is where each lives.
      {"Ivo Marsh, 31, and Pia Lund, 28, both of Tulsa, face charges.",
       {"Ivo Marsh residence=Tulsa", "Ivo Marsh status=charged", "Pia Lund residence=Tulsa",
        "Pia Lund status=charged"}},
      {"Ivo Marsh, 40; Pia Lund, 35; and Tom Berg, 22, all of Tulsa, were injured.",
       {"Ivo Marsh residence=Tulsa", "Ivo Marsh status=injured", "Pia Lund residence=Tulsa",
        "Pia Lund status=injured", "Tom Berg residence=Tulsa", "Tom Berg status=injured"}},
      {"Ivo Marsh, left, and his cousin Tom Berg, all of Tulsa, wait at the gate.",
       {"Ivo Marsh residence=Tulsa", "Tom Berg residence=Tulsa"}},
      {"Ana Lund, center, hugs her sons Ivo Lund, right, and Tom Lund, left, and her nephew Karl Berg, all of Tulsa, "
       "at the gate.",
       {"Ivo Lund residence=Tulsa", "Karl Berg residence=Tulsa", "Tom Lund residence=Tulsa"}},
      {"Ivo Marsh met Tom Berg, 22, both of them tired.", {}},
      {"Ivo Marsh and Tom Berg, all of the Lakeside Police Department, left.", {}},
      // "now" between the copula and a status; with a noun after it, nothing is read.
      {"Ana Ruiz is now in federal custody.", {"Ana Ruiz status=in custody"}},
      {"Ana Ruiz is now the main suspect in the killing of Ivo Marsh in Tulsa.", {}},
      {"Ana Ruiz is now in Tulsa.", {}},
      // What a person killed would have been.
      {"Tom Berg would have been a senior at Lakeside High School.",
       {"Tom Berg affiliation=Lakeside High School", "Tom Berg role=senior"}},
      // A description stands for the one person named with a role of its group; opening its
      // sentence it is a subject, deeper in only a status right after it is read.
      {"Omar Reyes was identified as the suspect. The gunman, a Canadian citizen living in Tulsa, fled.",
       {"Omar Reyes nationality=Canadian", "Omar Reyes residence=Tulsa", "Omar Reyes role=suspect"}},
      {"Omar Reyes was identified as the suspect. Guards exchanged fire with the suspect, killing him.",
       {"Omar Reyes role=suspect", "Omar Reyes status=dead"}},
      {"Omar Reyes was identified as the suspect. The accused gunman was not injured.",
       {"Omar Reyes role=suspect", "Omar Reyes status=unharmed"}},
      {"Suspect Omar Reyes fled. Suspect Ivo Marsh hid. The gunman was not injured.",
       {"Ivo Marsh role=suspect", "Omar Reyes role=suspect"}},
      {"The gunman was not injured.", {}},
      // A place and a noun of place_person_nouns: before a name; opening a sentence, "The ...
      // native" stands for the latest person named and "A ... man" for the first person the
      // next sentences name in full (no official with a title, no word made of a suffix).
      {"Lyon resident Ana Ruiz said the road was closed.", {"Ana Ruiz residence=Lyon"}},
      {"Local man Tom Baker said the local roads were closed.", {}},
      {"Omar Reyes, 40, was packing. The Glen Haven native wrote to his brother.", {"Omar Reyes origin=Glen Haven"}},
      {"A Millbrook man is in jail after the fire. It started at noon. Tom Baker, 31, faces an arson charge.",
       {"Tom Baker residence=Millbrook", "Tom Baker status=in custody"}},
      {"A Millbrook man is in jail. Sheriff Ann Lee said the fire started at noon.", {"Ann Lee role=sheriff"}},
      {"A New Zealand-born man is in jail. Tom Baker, 31, faces an arson charge.", {}},
      // A description with a title introduces the person named next only when it speaks.
      {"A lawyer for the Harbor League says the men were questioned. Ana Ruiz said the talks were calm.",
       {"Ana Ruiz affiliation=Harbor League", "Ana Ruiz role=lawyer"}},
      {"A judge sentenced the man on Friday. Ivo Marsh, 37, was found guilty last month.", {}},
      // A one-word name set off by a description only a person holds is a person's.
      {"Critics praised Lund, the surgeon, on Friday.", {"Lund role=surgeon"}},
      {"Critics praised Lund, the TV star and surgeon, on Friday.", {"Lund role=TV star", "Lund role=surgeon"}},
      {"Ultimately, the judge ruled.", {}},
      // A name and an organisation word in lower case before a lower-case title; a title
      // joined before them by "and".
      {"The talk was given by Lakeside hospital surgeon Dr. Ana Ruiz.",
       {"Ana Ruiz affiliation=Lakeside hospital", "Ana Ruiz role=doctor", "Ana Ruiz role=surgeon"}},
      {"It was Lakeside Radio reporter and Glenford hospital surgeon Ana Ruiz.",
       {"Ana Ruiz affiliation=Glenford hospital", "Ana Ruiz affiliation=Lakeside Radio", "Ana Ruiz role=reporter",
        "Ana Ruiz role=surgeon"}},
      {"Brutal club shooter Ivo Marsh fled.", {"Ivo Marsh role=shooter"}},
      // A first name joined by "and" to a full name shares its surname and what is said of it.
      {"Tom and Rosa Lenz traveled from Tulsa.", {"Rosa Lenz origin=Tulsa", "Tom Lenz origin=Tulsa"}},
      {"They met in Tulsa and Rosa Lenz traveled from Ohio.", {"Rosa Lenz origin=Ohio"}},
      // A well-known organisation before a title (entity_aliases).
      {"Vatican spokesman the Rev. Ana Ruiz spoke first.",
       {"Ana Ruiz affiliation=Vatican", "Ana Ruiz role=reverend", "Ana Ruiz role=spokesman"}},
      // A description set off before a name may end in the place its office is for.
      {"The road was shut, the mayor of Glenford, Ana Ruiz, said.", {"Ana Ruiz role=mayor"}},
      // ", killing him" right after a name tells that the act before it killed that person.
      {"A guard shot Ivo Marsh, killing him.", {"Ivo Marsh status=dead"}},
      // A name after a funeral's "of" or "for", past a description of the person.
      {"Crowds came to the funeral of shooting victim Ivo Marsh on Friday.", {"Ivo Marsh status=dead"}},
      {"She wept at the funeral service for her son Ivo Marsh.", {"Ivo Marsh status=dead"}},
      {"The funeral of the man killed by Ivo Marsh drew crowds.", {}},
      // A verb joined to the copula's role still speaks of the subject; one's own business set
      // off by a comma is named whatever its words.
      {"Ivo Marsh was a welder and worked at the Glenford Fire Department.",
       {"Ivo Marsh affiliation=Glenford Fire Department", "Ivo Marsh role=welder"}},
      {"Ivo Marsh, 61, was a baker and owned his own business, Marsh Loaves, his son said.",
       {"Ivo Marsh affiliation=Marsh Loaves", "Ivo Marsh role=baker"}},
      {"Ivo Marsh owned his own business in Glenford.", {}},
      {"Ivo Marsh was a welder and talked to the Glenford Fire Department.", {"Ivo Marsh role=welder"}},
      // A description set off before a name that a naming participle gives.
      {"The gunman, identified as 30-year-old Omar Reyes, fled on foot.", {"Omar Reyes role=gunman"}},
      {"The gunman, identified 30-year-old Omar Reyes, fled. The accused gunman was not injured.",
       {"Omar Reyes role=gunman", "Omar Reyes status=unharmed"}},
      {"The woman, identified as Ana Ruiz, fled on foot.", {}},
      // A colon after slain victims introduces a list: each paragraph after it that opens with a
      // name is one of them, while the list goes on.
      {"Police gave the names of the slain victims:\n\n\u25ba Ana Ruiz of Tulsa.\n\n"
       "\u25ba Ivo Marsh, 40.\n\nThe mayor thanked Omar Reyes.",
       {"Ana Ruiz residence=Tulsa", "Ana Ruiz status=dead", "Ivo Marsh status=dead"}},
      {"Police named the victims:\n\nAna Ruiz, 30.\n\nIvo Marsh, 40.", {}},
      {"The slain victims were mourned.\n\nAna Ruiz spoke at the vigil.", {}},
      // A verb of role and the first "as a" after it whose description names a person.
      {"Ana Ruiz worked as a nurse at Lakeside Hospital.",
       {"Ana Ruiz affiliation=Lakeside Hospital", "Ana Ruiz role=nurse"}},
      {"Ola Berg was hired for the fair, advertised as a festival for families, as a security guard.",
       {"Ola Berg role=security guard"}},
      {"Ola Berg worked as a team with the police.", {}},
      // A hospital condition is a status; a photo position in brackets after a name is skipped.
      {"Ana Ruiz (left) was killed, and Ivo Marsh (r.) remains in a coma.",
       {"Ana Ruiz status=dead", "Ivo Marsh status=injured"}},
      {"Ivo Marsh, 18, is in serious condition.", {"Ivo Marsh status=injured"}},
      // A country before a nationality head gives the nationality of its citizens.
      {"Omar Reyes, a U.S. citizen whose parents came from Peru, fled.", {"Omar Reyes nationality=American"}},
      {"Omar Reyes, a U.S. Army sergeant, fled.", {"Omar Reyes affiliation=U.S. Army", "Omar Reyes role=sergeant"}},
      // A person the document says is dead keeps no injury; another of the same surname does.
      {"Ivo Marsh was shot in the head. Marsh died on Sunday.", {"Ivo Marsh status=dead"}},
      {"Ann Lund was killed. Ivo Lund was shot in the arm.", {"Ann Lund status=dead", "Ivo Lund status=injured"}},
      // A title joined by "and" before a titled name keeps an organisation the alias lexicon knows.
      {"CNN medical reporter and Lakeside hospital surgeon Dr. Ana Ruiz spoke.",
       {"Ana Ruiz affiliation=CNN", "Ana Ruiz affiliation=Lakeside hospital", "Ana Ruiz role=doctor",
        "Ana Ruiz role=medical reporter", "Ana Ruiz role=surgeon"}},
      {"The failed VP candidate and Lakeside Mayor Ana Ruiz spoke.", {"Ana Ruiz role=candidate", "Ana Ruiz role=mayor"}},
      // A plural title before a list of names is the role of each; a name with its own title keeps it.
      {"The story was broken by reporters Ana Ruiz and Ivo Marsh.", {"Ana Ruiz role=reporter", "Ivo Marsh role=reporter"}},
      {"Two officers Ana Ruiz, Ivo Marsh and Omar Reyes were hurt.",
       {"Ana Ruiz role=officer", "Ivo Marsh role=officer", "Omar Reyes role=officer"}},
      {"The story was broken by reporters Ana Ruiz and Sgt. Ivo Marsh.", {"Ivo Marsh role=sergeant"}},
      {"The story was broken by reporter Ana Ruiz and Ivo Marsh.", {"Ana Ruiz role=reporter"}},
      // A pronoun inside quoted words is the speaker's, not the report's.
      {"Ivo Marsh was shot on Friday.\n\nHe was a welder.", {"Ivo Marsh role=welder", "Ivo Marsh status=injured"}},
      {"Ivo Marsh was shot on Friday.\n\n\"He was a welder,\" his aunt said.", {"Ivo Marsh status=injured"}},
      // "he" stands for a person: not for the larger place closing a sentence after a place, nor
      // for a name written after an article as the modifier of a noun.
      {"Police arrested Ivo Marsh of Glenford, New Mexico.\n\nHe was charged with theft.",
       {"Ivo Marsh residence=Glenford", "Ivo Marsh status=arrested", "Ivo Marsh status=charged"}},
      {"Ivo Marsh was taken into custody by a Lakeside County deputy. He was booked at a Lakeside County jail.",
       {"Ivo Marsh status=in custody"}},
      {"In Glenford, Ivo Marsh was arrested on Friday.\n\nHe was charged with theft.",
       {"Ivo Marsh status=arrested", "Ivo Marsh status=charged"}},
      {"The Rev. Ann Lund was shot on Friday. She died on Sunday.", {"Ann Lund role=reverend", "Ann Lund status=dead"}},
      // A school year a few words after a name, and the school after its "at".
      {"Ivo Marsh was due to enter ninth grade at Glenford Middle School, and Ann Lund was to start "
       "her junior year at Glenford High School.",
       {"Ann Lund affiliation=Glenford High School", "Ivo Marsh affiliation=Glenford Middle School"}},
      {"Ann Lund, who was about to begin her sophomore year at Glenford High School, left.",
       {"Ann Lund affiliation=Glenford High School"}},
      {"Ann Lund said the boy was in ninth grade at Glenford Middle School.", {}},
      {"Ann Lund spent her first year at the farm.", {}},
      // The victim a naming verb names in a report that tells of a death is among the dead.
      {"One man was killed in the crash. Police identified the victim as Ivo Marsh.",
       {"Ivo Marsh role=victim", "Ivo Marsh status=dead"}},
      {"Two men were hurt in the crash. Police identified the victim as Ivo Marsh.", {"Ivo Marsh role=victim"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(attribute_dump(c.text) == c.expected);
  }
}

TEST_CASE("a title in a headline names a person the document names in full", "[attribution]") {
  const auto dump = [](const std::string& text) {
    const auto run = run_attribution({text_document("doc", text)});
    std::vector<std::string> found;
    for (const Claim& claim : run.claims) {
      if (claim.kind == ClaimKind::kAttribute) found.push_back(claim.subject + " " + claim.attribute_name + "=" + claim.attribute_value);
    }
    std::sort(found.begin(), found.end());
    return found;
  };
  CHECK(dump("Suspect Dead After Long Chase\n\nThe police chased a car for an hour.\n").empty());
  CHECK(dump("Gunman Omar Reyes in Custody\n\nOmar Reyes fled on foot.\n") == Dump{"Omar Reyes role=gunman"});
}

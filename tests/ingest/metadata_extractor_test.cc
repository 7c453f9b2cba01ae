#include "ingest/metadata_extractor.h"

#include <gtest/gtest.h>

#include <string>

#include "util/tsv.h"

namespace dyad {
namespace {

const AgencyTable& Agencies() {
  static const AgencyTable* table = [] {
    Result<AgencyTable> t = AgencyTable::Load(DYAD_SOURCE_DIR "/data/ingest/agencies.tsv");
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return new AgencyTable(t.ok() ? std::move(t).value() : AgencyTable());
  }();
  return *table;
}

Document Extract(std::string text, Document doc = {}) {
  doc.text = std::move(text);
  ExtractTextMetadata(Agencies(), &doc);
  EXPECT_LE(doc.body_begin, doc.body_end);
  EXPECT_LE(doc.body_end, doc.text.size());
  return doc;
}

std::string Body(const Document& d) {
  return std::string(Trim(std::string_view(d.text).substr(d.body_begin, d.body_end - d.body_begin)));
}

TEST(MetadataExtractorTest, VietnameseDatelineWithEmDash) {
  Document d = Extract("HÀ NỘI — Việt Nam and Cambodia signed a border accord on Tuesday.\n\nBoth sides hailed it.");
  EXPECT_EQ(d.dateline, "HÀ NỘI");
  EXPECT_EQ(d.dateline_month, 0);
  EXPECT_EQ(d.agency, "");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.text.substr(d.body_begin, 10), "Việt Nam");
  EXPECT_EQ(d.body_end, d.text.size());
}

TEST(MetadataExtractorTest, DatelineWithMonthDayAndAgencyInParentheses) {
  Document d = Extract("BEIJING, Feb.9 (Xinhua) – Chinese and Lao officials met on Monday to discuss a rail link.");
  EXPECT_EQ(d.dateline, "BEIJING");
  EXPECT_EQ(d.dateline_month, 2);
  EXPECT_EQ(d.dateline_day, 9);
  EXPECT_EQ(d.agency, "Xinhua");
  EXPECT_EQ(d.published, "");  // no year: only month and day are known
  EXPECT_EQ(Body(d), "Chinese and Lao officials met on Monday to discuss a rail link.");
}

TEST(MetadataExtractorTest, DatelineWithRegionBetweenPlaceAndDate) {
  Document d = Extract("TARAKAN, Indonesia, June 19 (Antara) - Navy ships from three states began joint patrols.");
  EXPECT_EQ(d.dateline, "TARAKAN");
  EXPECT_EQ(d.dateline_region, "Indonesia");
  EXPECT_EQ(d.dateline_month, 6);
  EXPECT_EQ(d.dateline_day, 19);
  EXPECT_EQ(d.agency, "Antara");
  EXPECT_EQ(Body(d), "Navy ships from three states began joint patrols.");
  Document seoul = Extract("SEOUL, South Korea (AP) \u2014 The two Koreas held talks.");
  EXPECT_EQ(seoul.dateline, "SEOUL");
  EXPECT_EQ(seoul.dateline_region, "South Korea");
  EXPECT_EQ(Extract("HANOI (VNA) - Talks were held.").dateline_region, "");
}

TEST(MetadataExtractorTest, ProvidedByCreditBeforeDateline) {
  Document d = Extract(
      "Provided by Xinhua\n\nBEIJING, Feb. 9 (Xinhua) – China and Laos pledged closer ties on Monday.\n\nMore text.");
  EXPECT_EQ(d.agency, "Xinhua");
  EXPECT_EQ(d.dateline, "BEIJING");
  EXPECT_EQ(d.dateline_month, 2);
  EXPECT_EQ(d.dateline_day, 9);
  EXPECT_EQ(d.text.substr(d.body_begin, 9), "China and");
}

TEST(MetadataExtractorTest, ProvidedByUnknownAgencyIsKeptAsWritten) {
  Document d = Extract("Provided by Harbour Wire\nOfficials from Fiji and Tonga met on Friday.");
  EXPECT_EQ(d.agency, "Harbour Wire");
  EXPECT_EQ(Body(d), "Officials from Fiji and Tonga met on Friday.");
}

TEST(MetadataExtractorTest, PipeDateline) {
  Document d = Extract("LHASA | Xinhua | Nepalese traders returned to a border market on Sunday, officials said.");
  EXPECT_EQ(d.dateline, "LHASA");
  EXPECT_EQ(d.agency, "Xinhua");
  EXPECT_EQ(Body(d), "Nepalese traders returned to a border market on Sunday, officials said.");
}

TEST(MetadataExtractorTest, DatelineWithAgencyAndHyphen) {
  Document d = Extract("MANILA (Reuters) - The Philippines protested to China on Monday over a water cannon incident.");
  EXPECT_EQ(d.dateline, "MANILA");
  EXPECT_EQ(d.agency, "Reuters");
  EXPECT_EQ(Body(d), "The Philippines protested to China on Monday over a water cannon incident.");
}

TEST(MetadataExtractorTest, DatelineWithFullDateGivesPublished) {
  Document d = Extract("WASHINGTON, Oct. 3, 2023 (AP) — The United States and Viet Nam agreed on Tuesday to expand trade.");
  EXPECT_EQ(d.dateline, "WASHINGTON");
  EXPECT_EQ(d.dateline_month, 10);
  EXPECT_EQ(d.dateline_day, 3);
  EXPECT_EQ(d.published, "2023-10-03");
  EXPECT_EQ(d.published_from, "dateline");
  EXPECT_EQ(d.agency, "AP");
  EXPECT_EQ(Body(d), "The United States and Viet Nam agreed on Tuesday to expand trade.");
}

TEST(MetadataExtractorTest, DatelineYearDoesNotOverrideInputDate) {
  Document in;
  in.published = "2023-10-04";
  in.published_from = "input";
  Document d = Extract("WASHINGTON, Oct. 3, 2023 (AP) — Talks ended.", in);
  EXPECT_EQ(d.published, "2023-10-04");
  EXPECT_EQ(d.published_from, "input");
  EXPECT_EQ(d.dateline_month, 10);
}

TEST(MetadataExtractorTest, AgencyDatelineWithLongMonth) {
  Document d = Extract("MANILA, March 4 (PNA) — The Department of Foreign Affairs summoned China's ambassador on Monday.");
  EXPECT_EQ(d.dateline, "MANILA");
  EXPECT_EQ(d.dateline_month, 3);
  EXPECT_EQ(d.dateline_day, 4);
  EXPECT_EQ(d.agency, "PNA");
}

TEST(MetadataExtractorTest, DayBeforeMonth) {
  Document d = Extract("NEW DELHI, 12 November (PTI) - India and Russia held talks on Tuesday.");
  EXPECT_EQ(d.dateline, "NEW DELHI");
  EXPECT_EQ(d.dateline_month, 11);
  EXPECT_EQ(d.dateline_day, 12);
  EXPECT_EQ(d.agency, "PTI");
}

TEST(MetadataExtractorTest, DatelineWithCountryAfterTheCity) {
  Document d = Extract("JAKARTA, Indonesia (AP) — Indonesia and Malaysia agreed on Tuesday to share patrol data.");
  EXPECT_EQ(d.dateline, "JAKARTA");
  EXPECT_EQ(d.agency, "AP");
  EXPECT_EQ(d.dateline_month, 0);
  EXPECT_EQ(Body(d), "Indonesia and Malaysia agreed on Tuesday to share patrol data.");
  Document dc = Extract("WASHINGTON, D.C. — The United States and India held talks on Friday.");
  EXPECT_EQ(dc.dateline, "WASHINGTON");
}

TEST(MetadataExtractorTest, AcronymSubjectWithParenthesisIsNotADateline) {
  for (const char* text : {"ASEAN — the regional bloc of ten states — will meet in Vientiane on Monday.",
                           "NATO - the Western alliance - said on Monday it would expand drills."}) {
    Document d = Extract(text);
    EXPECT_EQ(d.dateline, "") << text;
    EXPECT_EQ(d.body_begin, 0u) << text;
  }
}

TEST(MetadataExtractorTest, UnknownAgencyInDatelineIsKeptAsWritten) {
  Document d = Extract("KYIV (Harbour Wire) — Ukraine and Poland agreed on grain transit on Friday.");
  EXPECT_EQ(d.dateline, "KYIV");
  EXPECT_EQ(d.agency, "Harbour Wire");
}

TEST(MetadataExtractorTest, TitleCaseDatelineNeedsAnAgencyOrDate) {
  Document with = Extract("Hanoi (VNA) — Viet Nam and Laos reviewed cooperation on Monday.");
  EXPECT_EQ(with.dateline, "Hanoi");
  EXPECT_EQ(with.agency, "VNA");
  Document without = Extract("Hanoi — a city of eight million — hosted the talks on Monday.");
  EXPECT_EQ(without.dateline, "");
  EXPECT_EQ(without.body_begin, 0u);
}

TEST(MetadataExtractorTest, LeadingDateLine) {
  Document d = Extract("date 2024-12-25\nHÀ NỘI — Việt Nam and Laos signed a trade plan on Wednesday.");
  EXPECT_EQ(d.published, "2024-12-25");
  EXPECT_EQ(d.published_from, "date-line");
  EXPECT_EQ(d.dateline, "HÀ NỘI");
  EXPECT_EQ(Body(d), "Việt Nam and Laos signed a trade plan on Wednesday.");
}

TEST(MetadataExtractorTest, LeadingDateLineRunningIntoTheDateline) {
  // Agency copy sometimes arrives with the date line and dateline on one line.
  Document d = Extract(" date 2024-12-25 HÀ NỘI — Việt Nam received a Lao delegation on Wednesday.");
  EXPECT_EQ(d.published, "2024-12-25");
  EXPECT_EQ(d.published_from, "date-line");
  EXPECT_EQ(d.dateline, "HÀ NỘI");
  EXPECT_EQ(Body(d), "Việt Nam received a Lao delegation on Wednesday.");
}

TEST(MetadataExtractorTest, LeadingDateLineWithoutDateline) {
  Document d = Extract(" date 2024-10-12 A delegation of Thai lawmakers is visiting Cambodia from October 9-12.");
  EXPECT_EQ(d.published, "2024-10-12");
  EXPECT_EQ(d.dateline, "");
  EXPECT_EQ(Body(d), "A delegation of Thai lawmakers is visiting Cambodia from October 9-12.");
}

TEST(MetadataExtractorTest, DatelineAfterHeadlineAndByline) {
  Document d = Extract(
      "Indonesia, Malaysia agree joint patrols\n\nBy Harbour Wire staff \u00B7 June 11, 2024\n\n"
      "JAKARTA, June 10 (Antara) - Indonesia and Malaysia agreed on Monday to start joint patrols.\n\nMore.");
  EXPECT_EQ(d.dateline, "JAKARTA");
  EXPECT_EQ(d.dateline_month, 6);
  EXPECT_EQ(d.dateline_day, 10);
  EXPECT_EQ(d.agency, "Antara");
  EXPECT_EQ(d.text.substr(d.body_begin, 22), "Indonesia and Malaysia");
}

TEST(MetadataExtractorTest, AHeadlineWithInitialsIsStillAHeadline) {
  // "U.S." and "George W. Bush" end no sentence: the dateline after them is
  // read, and its date is not taken for the lead's act.
  Document d = Extract("date 2014-12-18\n\nU.S. and Cuba move to restore ties, George W. Bush objects\n\n"
                       "HAVANA, December 18 (Al Jazeera) - The two countries will restore relations, officials said.");
  EXPECT_EQ(d.dateline, "HAVANA");
  EXPECT_EQ(d.dateline_day, 18);
  EXPECT_EQ(d.agency, "Al Jazeera");
  EXPECT_EQ(d.text.substr(d.body_begin, 17), "The two countries");
  // A line with a sentence's end in it is no headline.
  Document s = Extract("Talks failed. Both sides left\n\nHAVANA, December 18 (AP) - More.");
  EXPECT_EQ(s.dateline, "");
  EXPECT_EQ(s.body_begin, 0u);
}

TEST(MetadataExtractorTest, HeadlineWithoutDatelineStaysInTheBody) {
  Document d = Extract("Japan and China resume talks\n\nJapanese and Chinese diplomats met on Monday.");
  EXPECT_EQ(d.dateline, "");
  EXPECT_EQ(d.body_begin, 0u);
  Document s = Extract("Japan and China met on Monday.\nTOKYO — This is not a dateline position.");
  EXPECT_EQ(s.dateline, "");
  EXPECT_EQ(s.body_begin, 0u);
}

TEST(MetadataExtractorTest, ImpossibleDateLineIsNotMetadata) {
  Document d = Extract("date 2024-02-30\nSomething happened.");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.body_begin, 0u);
}

TEST(MetadataExtractorTest, TrailingDashCredit) {
  Document d = Extract("HÀ NỘI — Việt Nam and Japan held talks on Monday.\n\nThe two sides agreed to meet again. — VNA/VNS");
  EXPECT_EQ(d.agency, "VNA/VNS");
  EXPECT_EQ(d.dateline, "HÀ NỘI");
  EXPECT_EQ(Body(d), "Việt Nam and Japan held talks on Monday.\n\nThe two sides agreed to meet again.");
}

TEST(MetadataExtractorTest, TrailingDashCreditOnItsOwnLine) {
  Document d = Extract("Việt Nam and Japan held talks on Monday.\n—VNS\n");
  EXPECT_EQ(d.agency, "VNS");
  EXPECT_EQ(Body(d), "Việt Nam and Japan held talks on Monday.");
}

TEST(MetadataExtractorTest, LoneTrailingAgencyLine) {
  Document d = Extract("Viet Nam and Singapore signed a digital economy pact on Thursday.\n\nVietnamplus\n");
  EXPECT_EQ(d.agency, "Vietnamplus");
  EXPECT_EQ(Body(d), "Viet Nam and Singapore signed a digital economy pact on Thursday.");
}

TEST(MetadataExtractorTest, ReferenceBlockWithDomain) {
  Document d = Extract(
      "China and Viet Nam agreed to deepen rail links, the leaders said on Friday.\n\n"
      "Reference(s):\nhttps://news.cgtn.com/news/2024-08-20/some-story/index.html\n");
  EXPECT_EQ(d.agency, "CGTN");
  EXPECT_EQ(Body(d), "China and Viet Nam agreed to deepen rail links, the leaders said on Friday.");
}

TEST(MetadataExtractorTest, InputAgencyIsNotOverridden) {
  Document in;
  in.agency = "Kyodo";
  Document d = Extract("TOKYO (Reuters) - Japan and China held talks on Monday.", in);
  EXPECT_EQ(d.dateline, "TOKYO");
  EXPECT_EQ(d.agency, "Kyodo");
}

TEST(MetadataExtractorTest, OrdinarySentencesWithSpacedHyphensAreNotDatelines) {
  for (const char* text : {
           "Indonesia and Malaysia - long-time partners - agreed on Tuesday to patrol the strait together.",
           "Trade between Japan and China - the largest in Asia - rose in March.",
           "China - Viet Nam trade grew by a fifth last year, customs data showed.",
           "Officials in Seoul said - without elaborating - that talks would resume.",
           "The minister said on Monday — in a rare rebuke — that the drills were provocative.",
           "Russia and India – old partners – signed a fuel deal.",
       }) {
    Document d = Extract(text);
    EXPECT_EQ(d.dateline, "") << text;
    EXPECT_EQ(d.agency, "") << text;
    EXPECT_EQ(d.body_begin, 0u) << text;
    EXPECT_EQ(d.body_end, d.text.size()) << text;
  }
}

TEST(MetadataExtractorTest, OrdinaryLastSentenceWithDashIsNotACredit) {
  Document d = Extract("Exports rose 5 per cent - a record. The ministry said trade would grow - slowly.");
  EXPECT_EQ(d.agency, "");
  EXPECT_EQ(d.body_end, d.text.size());
}

TEST(MetadataExtractorTest, TextWithoutMarkersIsAllBody) {
  Document d = Extract("South Korea and Japan held a summit on Sunday.\n\nThey agreed on a hotline.\n\n");
  EXPECT_EQ(d.dateline, "");
  EXPECT_EQ(d.agency, "");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.body_begin, 0u);
  EXPECT_EQ(Body(d), "South Korea and Japan held a summit on Sunday.\n\nThey agreed on a hotline.");
}

TEST(MetadataExtractorTest, EmptyText) {
  Document d = Extract("");
  EXPECT_EQ(d.body_begin, 0u);
  EXPECT_EQ(d.body_end, 0u);
}

TEST(MetadataExtractorTest, ParseMonthName) {
  EXPECT_EQ(ParseMonthName("Feb"), 2);
  EXPECT_EQ(ParseMonthName("Feb."), 2);
  EXPECT_EQ(ParseMonthName("February"), 2);
  EXPECT_EQ(ParseMonthName("SEPT"), 9);
  EXPECT_EQ(ParseMonthName("Sept."), 9);
  EXPECT_EQ(ParseMonthName("dec"), 12);
  EXPECT_EQ(ParseMonthName("May"), 5);
  EXPECT_EQ(ParseMonthName("Ma"), 0);
  EXPECT_EQ(ParseMonthName("Monday"), 0);
  EXPECT_EQ(ParseMonthName("Febr"), 0);
}

}  // namespace
}  // namespace dyad

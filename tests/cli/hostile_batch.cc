#include "hostile_batch.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>

namespace dyad::testing {
namespace {

namespace fs = std::filesystem;

constexpr size_t kStoriesPerFormat = 20;

// Pairs of states and what one did to the other: each story is about one
// pair, so that coding finds events as it would in real news.
constexpr const char* kPairs[][3] = {
    {"CAIRO", "Egypt", "Jordan"},   {"TOKYO", "Japan", "China"},        {"LIMA", "Peru", "Chile"},
    {"NAIROBI", "Kenya", "Ethiopia"}, {"HANOI", "Viet Nam", "Laos"},   {"NEW DELHI", "India", "Pakistan"},
    {"BRASILIA", "Brazil", "Argentina"}, {"ANKARA", "Turkey", "Greece"}, {"SEOUL", "South Korea", "Japan"},
    {"ACCRA", "Ghana", "Nigeria"}};
constexpr const char* kVerbs[] = {"held talks with", "signed a trade agreement with", "protested to",
                                  "criticised", "promised aid to"};
constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

std::string Two(size_t i) { return (i < 10 ? "0" : "") + std::to_string(i); }

// The i-th story of a format: a dateline, a sentence about a pair of states,
// and a second sentence so no two stories of the batch are the same.
std::string Sentence(size_t i, std::string_view format) {
  const auto& p = kPairs[i % std::size(kPairs)];
  return std::string(p[1]) + " " + kVerbs[i % std::size(kVerbs)] + " " + p[2] + " on " + kDays[i % std::size(kDays)] +
         ", officials said in " + std::string(format) + " story " + std::to_string(i) + ".";
}
std::string Dateline(size_t i) { return std::string(kPairs[i % std::size(kPairs)][0]) + " (Reuters) - "; }

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

class Writer {
 public:
  explicit Writer(std::string dir) : dir_(std::move(dir)) {}

  // Writes `bytes` to `name` (relative to the batch), making its folders.
  void Write(const std::string& name, std::string_view bytes) {
    Sparse(name, bytes, 0, {});
  }

  // Writes `head`, then a hole of `hole` zero bytes (nothing on disk), then
  // `tail`: a file as large as a hostile one without its disk space.
  void Sparse(const std::string& name, std::string_view head, size_t hole, std::string_view tail) {
    if (!error_.empty()) return;
    std::string path = dir_ + "/" + name;
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0 && WriteAll(fd, head, 0) && ::ftruncate(fd, static_cast<off_t>(head.size() + hole)) == 0 &&
              WriteAll(fd, tail, head.size() + hole);
    if (!ok) error_ = "cannot write " + path + ": " + std::strerror(errno);
    if (fd >= 0) ::close(fd);
  }

  void Fail(const std::string& why) {
    if (error_.empty()) error_ = why;
  }
  const std::string& dir() const { return dir_; }
  const std::string& error() const { return error_; }

 private:
  static bool WriteAll(int fd, std::string_view bytes, size_t offset) {
    while (!bytes.empty()) {
      ssize_t n = ::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<size_t>(n));
      offset += static_cast<size_t>(n);
    }
    return true;
  }

  std::string dir_;
  std::string error_;
};

std::string JsonRecord(const std::string& id, size_t i) {
  return "{\"id\":\"" + id + "\",\"title\":\"Record " + std::to_string(i) + "\",\"published\":\"2024-03-04\",\"text\":\"" +
         Dateline(i) + Sentence(i, "jsonl") + "\"}\n";
}

void WriteGoodStories(Writer& w, HostileBatch& b) {
  std::string jsonl, rss, atom;
  for (size_t i = 1; i <= kStoriesPerFormat; ++i) {
    std::string n = Two(i);
    w.Write("batch/plain/story" + n + ".txt", Dateline(i) + Sentence(i, "plain") + "\n");
    b.good_ids.insert("story" + n);
    w.Write("batch/html/page" + n + ".html",
            "<!doctype html><html><head><title>Page " + n + "</title></head><body><nav>Home | World</nav>"
            "<article><h1>Talks " + n + "</h1><p>" + Dateline(i) + Sentence(i, "HTML") +
                "</p><p>More talks are planned.</p></article></body></html>\n");
    b.good_ids.insert("page" + n);
    jsonl += JsonRecord("record" + n, i);
    b.good_ids.insert("record" + n);
    // Half the feed items in RSS, half in Atom.
    if (i % 2 == 0) {
      rss += "<item><guid>rss-" + n + "</guid><title>Item " + n + "</title><pubDate>Mon, 04 Mar 2024 10:00:00 GMT"
             "</pubDate><description>" + Dateline(i) + Sentence(i, "RSS") + "</description></item>";
      b.good_ids.insert("rss-" + n);
    } else {
      atom += "<entry><id>atom-" + n + "</id><title>Entry " + n + "</title><updated>2024-03-04T10:00:00Z</updated>"
              "<summary>" + Dateline(i) + Sentence(i, "Atom") + "</summary></entry>";
      b.good_ids.insert("atom-" + n);
    }
  }
  w.Write("batch/jsonl/good.jsonl", jsonl);
  w.Write("batch/feeds/wire.rss",
          "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>" + rss + "</channel></rss>\n");
  w.Write("batch/feeds/wire.atom",
          "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>" + atom + "</feed>\n");
}

// (1) 70,000 nested '[' in a field, between two good lines.
void WriteDeepJson(Writer& w, HostileBatch& b) {
  std::string deep = Repeat("[", 70000) + Repeat("]", 70000);
  w.Write("batch/jsonl/deep.jsonl", JsonRecord("deep-before", 31) + "{\"id\":\"deep\",\"text\":\"x\",\"extra\":" + deep +
                                        "}\n" + JsonRecord("deep-after", 32));
  b.good_ids.insert({"deep-before", "deep-after"});
  b.rejected.push_back({"batch/jsonl/deep.jsonl:2", "nested deeper than"});
}

// (2) One ~90 KB internal entity referenced thousands of times: 180 MB and
// more once expanded. In content (96 KB feed) and in attributes (150 KB).
void WriteEntityBombs(Writer& w, HostileBatch& b) {
  std::string dtd = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"" + std::string(90 << 10, 'x') + "\">]>";
  w.Write("batch/feeds/bomb.rss", dtd + "<rss><channel><item><guid>bomb</guid><description>" +
                                      Repeat("&big;", 2000) + "</description></item></channel></rss>\n");
  b.rejected.push_back({"batch/feeds/bomb.rss", "entity expansion exceeds"});
  w.Write("batch/feeds/bomb_attribute.atom",
          dtd + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>e</id><link href=\"" +
              Repeat("&big;", 12000) + "\"/><summary>text</summary></entry></feed>\n");
  b.rejected.push_back({"batch/feeds/bomb_attribute.atom", "entity expansion exceeds"});
}

// (3) Pages gumbo took 39 s and 77 s on. Flattened now, so they are stories.
void WriteDeepHtml(Writer& w, HostileBatch& b) {
  w.Write("batch/html/deep_divs.html", Repeat("<div>", 100000) + "Peru and Chile held talks on Monday.");
  b.good_ids.insert("deep_divs");
  w.Write("batch/html/unclosed.html", "<body>" + Repeat("<div><p>x", 420000));
  b.good_ids.insert("unclosed");
}

// (4) Inputs too large or endless, and a FIFO nobody writes to.
void WriteHugeInputs(Writer& w, HostileBatch& b) {
  b.args.push_back("/dev/zero");
  b.rejected.push_back({"/dev/zero", "is a character device, not a file"});
  if (::mkfifo((w.dir() + "/fifo").c_str(), 0600) != 0) w.Fail("cannot make fifo: " + std::string(std::strerror(errno)));
  b.args.push_back("fifo");
  b.rejected.push_back({"fifo", "no writer on FIFO after 1 s"});
  w.Sparse("batch/huge.txt", "ROME (Reuters) - ", 40u << 20, "\n");
  b.rejected.push_back({"batch/huge.txt", "file is 40.0 MB; one story may have at most 16.0 MB"});
  w.Sparse("batch/jsonl/long_line.jsonl", JsonRecord("long-before", 33) + "{\"id\":\"long\",\"text\":\"", 80u << 20,
           "\"}\n" + JsonRecord("long-after", 34));
  b.good_ids.insert({"long-before", "long-after"});
  b.rejected.push_back({"batch/jsonl/long_line.jsonl:2", "bytes is over the story limit"});
  w.Sparse("batch/jsonl/no_newline.jsonl", "", 500u << 20, "");
  b.rejected.push_back({"batch/jsonl/no_newline.jsonl:1", "line of 524288000 bytes is over the story limit"});
}

// (7) Ids that differ only in invalid bytes stay two stories, and a
// directory that cannot be read is reported while the rest of the tree is
// read.
void WriteInvalidIdsAndLockedDir(Writer& w, HostileBatch& b) {
  w.Write("batch/jsonl/invalid_ids.jsonl", JsonRecord("twin\xff", 35) + JsonRecord("twin\xfe", 36));
  b.good_ids.insert({"twin%FF", "twin%FE"});
  b.warnings.push_back({"batch/jsonl/invalid_ids.jsonl:1", "has invalid UTF-8; stored as \"twin%FF\""});
  b.warnings.push_back({"batch/jsonl/invalid_ids.jsonl:2", "has invalid UTF-8; stored as \"twin%FE\""});
  w.Write("batch/locked/hidden.txt", Dateline(37) + Sentence(37, "locked") + "\n");
  b.locked_dir = w.dir() + "/batch/locked";
  if (::chmod(b.locked_dir.c_str(), 0) != 0) w.Fail("cannot chmod " + b.locked_dir);
  b.rejected.push_back({"batch/locked", "cannot read directory: Permission denied"});
}

}  // namespace

HostileBatch WriteHostileBatch(const std::string& dir) {
  HostileBatch b;
  Writer w(dir);
  WriteGoodStories(w, b);
  WriteDeepJson(w, b);
  WriteEntityBombs(w, b);
  WriteDeepHtml(w, b);
  WriteHugeInputs(w, b);
  WriteInvalidIdsAndLockedDir(w, b);
  b.args.push_back("batch");
  b.error = w.error();
  return b;
}

}  // namespace dyad::testing

#include "events/codebook.h"

#include <cctype>
#include <cstdlib>

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {

Result<std::unique_ptr<Codebook>> Codebook::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

Result<std::unique_ptr<Codebook>> Codebook::Parse(std::string_view tsv, std::string_view name) {
  auto book = std::make_unique<Codebook>();
  Status s = ForEachTsvLine(tsv, name, 5, 5, [&](const TsvLine& line) -> Status {
    CameoCode c;
    c.code = std::string(Trim(line.fields[0]));
    if (c.code.size() < 2 || c.code.size() > 4) return line.Error("CAMEO code must have 2 to 4 digits: " + c.code);
    for (char ch : c.code) {
      if (!std::isdigit(static_cast<unsigned char>(ch))) return line.Error("CAMEO code must be digits: " + c.code);
    }
    std::string g(Trim(line.fields[1]));
    char* end = nullptr;
    c.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end != '\0' || c.goldstein < -10 || c.goldstein > 10) {
      return line.Error("Goldstein value must be a number from -10 to 10: " + g);
    }
    std::string q(Trim(line.fields[2]));
    if (q.size() != 1 || q[0] < '1' || q[0] > '4') return line.Error("quad class must be 1-4: " + q);
    c.quad_class = q[0] - '0';
    std::string_view plover = Trim(line.fields[3]);
    c.plover = plover == "-" ? "" : std::string(plover);
    c.name = std::string(Trim(line.fields[4]));
    if (c.name.empty()) return line.Error("code " + c.code + " has no name");
    if (book->codes_.count(c.code)) return line.Error("duplicate code " + c.code);
    book->codes_[c.code] = std::move(c);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return book;
}

std::vector<std::string> Codebook::Codes() const {
  std::vector<std::string> out;
  for (const auto& [code, entry] : codes_) out.push_back(code);
  return out;
}

const CameoCode* Codebook::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad

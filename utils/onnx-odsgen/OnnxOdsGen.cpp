//===- OnnxOdsGen.cpp - Generate the onnx dialect's ODS from libonnx ------===//
//
// Writes one ODS op definition per operator in the installed ONNX schema
// registry (newest version of each), so the `onnx` dialect covers every ONNX
// operator without hand-written definitions. Hand-written traits, verifiers
// and folders are layered on from a small table (dialects/onnx/ONNXOpExtras.txt).
//
// Conventions of the generated ops (the importer relies on them):
//  - operands and results follow the schema's formal parameters in order;
//  - an optional parameter is a single value that may be `none` (onnx.NoValue),
//    so only the last parameter can be variadic and no segment sizes are needed;
//  - attributes keep their ONNX names; GRAPH attributes become regions.
//
//===----------------------------------------------------------------------===//

#include "onnx/defs/schema.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using ::onnx::AttributeProto;
using ::onnx::OpSchema;

struct Extras {
  std::vector<std::string> traits;
  bool verifier = false, folder = false, canonicalizer = false;
};

// Parses lines of "OpName token token ..." ('#' starts a comment). The tokens
// verifier/folder/canonicalizer set flags; any other token is an ODS trait.
std::map<std::string, Extras> readExtras(const std::string &path) {
  std::map<std::string, Extras> table;
  std::ifstream in(path);
  if (!in) {
    std::cerr << "onnx-odsgen: cannot read " << path << "\n";
    std::exit(1);
  }
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    std::string op, token;
    if (!(words >> op))
      continue;
    Extras &e = table[op];
    while (words >> token) {
      if (token == "verifier")
        e.verifier = true;
      else if (token == "folder")
        e.folder = true;
      else if (token == "canonicalizer")
        e.canonicalizer = true;
      else
        e.traits.push_back(token);
    }
  }
  return table;
}

std::string defName(const OpSchema &s) {
  std::string prefix = "ONNX_";
  if (s.domain() == "ai.onnx.ml")
    prefix += "ML_";
  else if (s.domain() == "ai.onnx.preview.training")
    prefix += "Training_";
  return prefix + s.Name() + "Op";
}

std::string mnemonic(const OpSchema &s) {
  if (s.domain() == "ai.onnx.ml")
    return "ml." + s.Name();
  if (s.domain() == "ai.onnx.preview.training")
    return "training." + s.Name();
  return s.Name();
}

// A parameter that admits only tensor types can be AnyTensor; sequences,
// optionals and maps are not modelled yet and take AnyType.
bool onlyTensors(const OpSchema::FormalParameter &p) {
  for (const auto *t : p.GetTypes())
    if (t->rfind("tensor(", 0) != 0)
      return false;
  return true;
}

std::string valueType(const OpSchema::FormalParameter &p) {
  std::string base = onlyTensors(p) ? "AnyTensor" : "AnyType";
  switch (p.GetOption()) {
  case OpSchema::Single:
    return base;
  case OpSchema::Optional:
    return base == "AnyType" ? "AnyType" : "ONNX_TensorOrNone";
  case OpSchema::Variadic:
    return "Variadic<" + base + ">";
  }
  return base;
}

std::string escapeCpp(const std::string &s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

std::string floatLiteral(float v) {
  std::ostringstream os;
  os.precision(9);
  os << v;
  std::string s = os.str();
  if (s.find_first_of(".e") == std::string::npos && s.find("inf") == std::string::npos &&
      s.find("nan") == std::string::npos)
    s += ".0";
  return s;
}

// ODS attribute type for an ONNX attribute, with its default if any.
std::string attrType(const OpSchema::Attribute &a) {
  const AttributeProto &d = a.default_value;
  bool hasDefault = !a.required && d.type() != AttributeProto::UNDEFINED;
  auto wrap = [&](const std::string &type, const std::string &dflt) {
    if (a.required)
      return type;
    if (hasDefault)
      return "DefaultValuedAttr<" + type + ", \"" + escapeCpp(dflt) + "\">";
    return "OptionalAttr<" + type + ">";
  };
  std::ostringstream list;
  switch (a.type) {
  case AttributeProto::FLOAT:
    return wrap("ONNX_F32Attr", hasDefault ? floatLiteral(d.f()) : "");
  case AttributeProto::INT:
    return wrap("ONNX_I64Attr", hasDefault ? std::to_string(d.i()) : "");
  case AttributeProto::STRING:
    return wrap("StrAttr", hasDefault ? "\"" + d.s() + "\"" : "");
  case AttributeProto::INTS:
    list << "{";
    for (int i = 0; i < d.ints_size(); ++i)
      list << (i ? ", " : "") << d.ints(i);
    list << "}";
    return wrap("DenseI64ArrayAttr", list.str());
  case AttributeProto::FLOATS:
    list << "{";
    for (int i = 0; i < d.floats_size(); ++i)
      list << (i ? ", " : "") << floatLiteral(d.floats(i)) << "f";
    list << "}";
    return wrap("DenseF32ArrayAttr", list.str());
  case AttributeProto::STRINGS:
    // Defaults of string lists are not expressible in StrArrayAttr's builder.
    return a.required ? "StrArrayAttr" : "OptionalAttr<StrArrayAttr>";
  case AttributeProto::TENSOR:
    return a.required ? "ElementsAttr" : "OptionalAttr<ElementsAttr>";
  default:
    return a.required ? "AnyAttr" : "OptionalAttr<AnyAttr>";
  }
}

std::string sanitizeDoc(std::string doc) {
  for (size_t pos = 0; (pos = doc.find("}]", pos)) != std::string::npos;)
    doc.replace(pos, 2, "} ]");
  return doc;
}

void emitOp(std::ostream &os, const OpSchema &s, const Extras &extras) {
  std::vector<std::string> traits = {"Pure"};
  if (s.Name().rfind("Random", 0) == 0 || s.Name() == "Multinomial" ||
      s.Name() == "Bernoulli")
    traits.clear(); // Draws from a random source: not Pure.
  for (const auto &t : extras.traits)
    if (std::find(traits.begin(), traits.end(), t) == traits.end())
      traits.push_back(t);

  os << "def " << defName(s) << " : ONNX_Op<\"" << mnemonic(s) << "\", [";
  for (size_t i = 0; i < traits.size(); ++i)
    os << (i ? ", " : "") << traits[i];
  os << "]> {\n";
  os << "  let summary = \"ONNX " << s.Name() << " (" << (s.domain().empty() ? "ai.onnx" : s.domain())
     << ", since version " << s.SinceVersion() << ")\";\n";
  if (s.doc())
    os << "  let description = [{\n" << sanitizeDoc(s.doc()) << "\n  }];\n";

  // ODS needs names unique across operands, attributes, regions and results;
  // the importer relies on attributes keeping their ONNX names, so a clash is
  // an error to resolve here rather than a silent rename.
  std::set<std::string> used;
  auto unique = [&](const std::string &name) {
    if (!used.insert(name).second) {
      std::cerr << "onnx-odsgen: " << s.Name() << " uses the name '" << name
                << "' twice; teach the generator how to name it\n";
      std::exit(1);
    }
    return name;
  };

  std::vector<std::string> args, regions, results;
  for (const auto &p : s.inputs())
    args.push_back(valueType(p) + ":$" + unique(p.GetName()));
  for (const auto &[name, a] : s.attributes()) {
    if (a.type == AttributeProto::GRAPH)
      regions.push_back("AnyRegion:$" + unique(name));
    else
      args.push_back(attrType(a) + ":$" + unique(name));
  }
  for (const auto &p : s.outputs())
    results.push_back(valueType(p) + ":$" + unique(p.GetName()));

  auto emitList = [&](const char *kw, const char *dir, const std::vector<std::string> &items) {
    os << "  let " << kw << " = (" << dir;
    for (size_t i = 0; i < items.size(); ++i)
      os << (i ? ",\n      " : "\n      ") << items[i];
    os << ");\n";
  };
  emitList("arguments", "ins", args);
  emitList("results", "outs", results);
  if (!regions.empty())
    emitList("regions", "region", regions);
  if (extras.verifier)
    os << "  let hasVerifier = 1;\n";
  if (extras.folder)
    os << "  let hasFolder = 1;\n";
  if (extras.canonicalizer)
    os << "  let hasCanonicalizer = 1;\n";
  os << "}\n\n";
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 3) {
    std::cerr << "usage: onnx-odsgen <ONNXOpExtras.txt> <output.td>\n";
    return 1;
  }
  auto extras = readExtras(argv[1]);

  // get_all_schemas() holds the newest version of every operator.
  std::vector<OpSchema> schemas = ::onnx::OpSchemaRegistry::get_all_schemas();
  std::sort(schemas.begin(), schemas.end(), [](const OpSchema &a, const OpSchema &b) {
    return std::tie(a.domain(), a.Name()) < std::tie(b.domain(), b.Name());
  });

  std::ostringstream os;
  os << "// Generated by onnx-odsgen from the ONNX schema registry. Do not edit.\n\n"
     << "#ifndef T2T_ONNX_OPS_GENERATED\n#define T2T_ONNX_OPS_GENERATED\n\n"
     << "include \"ONNXBase.td\"\n\n";
  std::set<std::string> seen;
  for (const OpSchema &s : schemas) {
    if (s.Deprecated() || !seen.insert(s.domain() + "." + s.Name()).second)
      continue;
    emitOp(os, s, extras.count(s.Name()) ? extras[s.Name()] : Extras());
  }
  os << "#endif // T2T_ONNX_OPS_GENERATED\n";

  // Rewrite only on change so the TableGen step is not re-run needlessly.
  std::string text = os.str();
  std::ifstream old(argv[2]);
  std::stringstream oldText;
  oldText << old.rdbuf();
  if (old && oldText.str() == text)
    return 0;
  std::ofstream out(argv[2]);
  out << text;
  return out ? 0 : 1;
}

// The scorer writes what tools/eval's Python wrote: these are Python's own outputs for the same
// values (repr, json.dumps, json.dump(indent=1)).
#include "eval/python_text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace glaneur::eval {
namespace {

TEST(EvalPythonText, FloatsReadAsPythonReprWritesThem) {
  const std::vector<std::pair<double, std::string>> cases = {
      {0.0, "0.0"},          {1.0, "1.0"},        {0.975, "0.975"},           {2.0 / 3.0, "0.6666666666666666"},
      {50000000.0, "50000000.0"}, {1e15, "1000000000000000.0"}, {1e16, "1e+16"}, {0.0001, "0.0001"},
      {0.00001, "1e-05"},    {1.5e-7, "1.5e-07"}, {-3.7, "-3.7"},             {1e100, "1e+100"},
  };
  for (const auto& [value, python] : cases) EXPECT_EQ(py_float(value), python) << value;
  EXPECT_EQ(py_float(std::numeric_limits<double>::quiet_NaN()), "nan");
}

TEST(EvalPythonText, StringsReadAsPythonReprWritesThem) {
  EXPECT_EQ(py_repr("Kolibri"), "'Kolibri'");
  EXPECT_EQ(py_repr("l’an dernier"), "'l’an dernier'");  // printable: as it is
  EXPECT_EQ(py_repr("l'an"), "\"l'an\"");                 // a ' inside: double quotes
  EXPECT_EQ(py_repr("l'\"an\""), "'l\\'\"an\"'");          // both: single quotes, ' escaped
  EXPECT_EQ(py_repr("1\u00a0900 euros"), "'1\\xa0900 euros'");  // NBSP is not printable
  EXPECT_EQ(py_repr("40\u202f000"), "'40\\u202f000'");           // nor the narrow NBSP
  EXPECT_EQ(py_repr("a\tb\nc\\"), "'a\\tb\\nc\\\\'");
  EXPECT_EQ(py_repr("\x01"), "'\\x01'");
}

TEST(EvalPythonText, ValuesReadAsJsonDumpsAndStrWriteThem) {
  const Json value = Json::parse(R"({"amount": 42000000, "currency": "EUR", "approx": true, "rate": 3.70, "x": null})");
  EXPECT_EQ(py_dumps(value), R"({"amount": 42000000, "currency": "EUR", "approx": true, "rate": 3.7, "x": null})");
  EXPECT_EQ(py_str(value), "{'amount': 42000000, 'currency': 'EUR', 'approx': True, 'rate': 3.7, 'x': None}");
  EXPECT_EQ(py_str(Json("Région Occitanie")), "Région Occitanie");
  EXPECT_EQ(py_dumps(Json("d’euros \"x\"\n")), "\"d’euros \\\"x\\\"\\n\"");
  EXPECT_EQ(py_dumps(Json::parse("[1, [], {}]")), "[1, [], {}]");
}

TEST(EvalPythonText, ScoresFileReadsAsJsonDumpWithIndentOneWritesIt) {
  Json scores = Json::object();
  scores["DATE"] = Json{{"gold", 2}, {"strict", Json{{"p", 1.0}, {"f1", 0.5}}},
                        {"value_accuracy", std::numeric_limits<double>::quiet_NaN()}};
  scores["relations"] = Json::object();
  EXPECT_EQ(py_dump_indented(scores),
            "{\n"
            " \"DATE\": {\n"
            "  \"gold\": 2,\n"
            "  \"strict\": {\n"
            "   \"p\": 1.0,\n"
            "   \"f1\": 0.5\n"
            "  },\n"
            "  \"value_accuracy\": NaN\n"
            " },\n"
            " \"relations\": {}\n"
            "}");
}

}  // namespace
}  // namespace glaneur::eval

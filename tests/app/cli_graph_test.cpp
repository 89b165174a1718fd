// stratactl graph, impact, path, convert and rollout, run in-process on a workspace file.

#include "../engine/test_support.h"
#include "cli.h"

#include <filesystem>
#include <sstream>

using namespace strata;

namespace strata::cli {
int runConvertStream(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);
}

namespace {

const std::string kOrders = std::string(STRATA_TEST_DATA_DIR) + "/orders.strata.json";

struct CliRun {
    int code;
    std::string out;
    std::string err;
};

CliRun stratactl(std::vector<std::string> args) {
    std::ostringstream out, err;
    int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace

TEST(CliGraph, DotJsonAndNeighbourhood) {
    CliRun dot = stratactl({"graph", kOrders});
    EXPECT_EQ(dot.code, 0) << dot.err;
    EXPECT_NE(dot.out.find("n1 -> n0;"), std::string::npos) << dot.out;
    EXPECT_NE(dot.out.find("n1 -> n2 [style=dashed];"), std::string::npos);

    CliRun json = stratactl({"graph", kOrders, "--format", "json"});
    ASSERT_EQ(json.code, 0);
    Json j = Json::parse(json.out);
    EXPECT_EQ(j["nodes"].size(), 3u);
    EXPECT_EQ(j["edges"].size(), 4u);
    EXPECT_TRUE(j["issues"].empty());

    CliRun around = stratactl(
        {"graph", kOrders, "--format", "json", "--around", "Customer-v1.0.0", "--depth", "0"});
    ASSERT_EQ(around.code, 0);
    EXPECT_EQ(Json::parse(around.out)["nodes"].size(), 1u);

    CliRun svg = stratactl({"graph", kOrders, "--format", "svg"});
    ASSERT_EQ(svg.code, 0);
    EXPECT_NE(svg.out.find("<svg"), std::string::npos);
    EXPECT_EQ(stratactl({"graph", kOrders, "--format", "png"}).code, cli::kUsage);
}

TEST(CliGraph, ImpactAndPath) {
    CliRun impact = stratactl({"impact", kOrders, "Order-v1.0.0", "Order-v1.1.0", "--json"});
    ASSERT_EQ(impact.code, 0) << impact.err;
    Json j = Json::parse(impact.out);
    EXPECT_EQ(j["nodes"].size(), 2u);
    EXPECT_EQ(j["migrations"][0]["store"], "orders-table");
    EXPECT_FALSE(j["migrations"][0]["required"].get<bool>());

    CliRun path = stratactl({"path", kOrders, "Order-v1.0.0", "Order-v1.1.0"});
    ASSERT_EQ(path.code, 0);
    EXPECT_EQ(path.out, "Path with 1 hop(s), total risk cost 1000\n"
                        "  Order-v1.0.0 -> Order-v1.1.0: read-only\n");
    CliRun none = stratactl({"path", kOrders, "Order-v1.0.0", "Customer-v1.0.0", "--json"});
    EXPECT_EQ(none.code, cli::kIncompatible);
    EXPECT_FALSE(Json::parse(none.out)["found"].get<bool>());
    // the demo's Track-v1.0.0 -> v2.0.0 has only an incompatible hop: shown, but exit 1
    const std::string demo = std::string(STRATA_SOURCE_DIR) + "/resources/demo/demo.strata.json";
    CliRun breaking = stratactl({"path", demo, "Track-v1.0.0", "Track-v2.0.0"});
    EXPECT_EQ(breaking.code, cli::kIncompatible) << breaking.out;
    EXPECT_NE(breaking.out.find("incompatible"), std::string::npos) << breaking.out;
    EXPECT_EQ(stratactl({"path", kOrders, "Order-v1.0.0"}).code, cli::kUsage);
    EXPECT_EQ(stratactl({"path", kOrders, "Order-v1.0.0", "Order-v7.0.0"}).code, cli::kUnreadable);
}

TEST(CliGraph, ConvertJsonLinesStopsAtTheFirstBadRecord) {
    std::istringstream in(
        R"({"id":"o1","customer":{"id":1,"email":"a@b"},"qty":3,"state":"SHIPPED"})"
        "\n\n"
        R"({"id":"o2","customer":{"id":2,"email":"c@d"},"qty":"x","state":"CREATED"})"
        "\n");
    std::ostringstream out, err;
    int code = cli::runConvertStream({kOrders, "Order-v1.0.0", "Order-v1.1.0"}, in, out, err);
    EXPECT_EQ(code, cli::kIncompatible);
    EXPECT_EQ(out.str(), R"({"customer":{"email":"a@b","id":1},"id":"o1","price":null,)"
                         R"("quantity":3,"state":"SHIPPED"})"
                         "\n");
    EXPECT_NE(err.str().find("line 3: "), std::string::npos) << err.str();
}

TEST(CliGraph, RolloutByTypeOrCluster) {
    CliRun byType = stratactl({"rollout", kOrders, "Order", "Order-v1.1.0"});
    EXPECT_EQ(byType.code, 0) << byType.err;
    EXPECT_NE(byType.out.find("wave 1: billing-1 (reader)"), std::string::npos) << byType.out;
    EXPECT_NE(byType.out.find("wave 2: api-1 (writer)"), std::string::npos);

    CliRun byCluster = stratactl({"rollout", kOrders, "prod", "Order-v1.1.0", "--json"});
    ASSERT_EQ(byCluster.code, 0);
    EXPECT_TRUE(Json::parse(byCluster.out)[0]["safe"].get<bool>());
    EXPECT_EQ(stratactl({"rollout", kOrders, "Customer", "Order-v1.1.0"}).code, cli::kUsage);
}

// Not-found is exit 3 for every command: a scope that names neither a cluster nor a type too.
TEST(CliGraph, RolloutOfAScopeThatDoesNotExistExitsThree) {
    CliRun r = stratactl({"rollout", kOrders, "staging", "Order-v1.1.0"});
    EXPECT_EQ(r.code, cli::kUnreadable);
    EXPECT_EQ(r.err, "stratactl: " + kOrders + ": no cluster or type named 'staging'\n");
}

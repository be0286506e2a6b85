#include <catch2/catch.hpp>

#include "input/cluster_metadata.h"

using namespace factdiff;

TEST_CASE("cluster.yaml gives outlet and date per file, ignoring unknown keys", "[input]") {
  auto metadata = parse_cluster_metadata("c/cluster.yaml",
                                         "cluster: x\ngold: {killed: 1}\narticles:\n"
                                         "- file: 01_a.txt\n  outlet: nbcnews.com\n  dct: '2014-06-29'\n"
                                         "  url: http://example.org\n"
                                         "- file: 02_b.txt\n  published: 2015-11-16T10:30:00Z\n"
                                         "- file: 03_c.txt\n");
  REQUIRE(metadata.ok());
  const ClusterMetadata& cluster = metadata.value();
  REQUIRE(cluster.find("01_a.txt") != nullptr);
  CHECK(cluster.find("01_a.txt")->outlet == "nbcnews.com");
  CHECK(cluster.find("01_a.txt")->published == "2014-06-29");
  CHECK(cluster.find("02_b.txt")->published == "2015-11-16T10:30");
  CHECK(cluster.find("03_c.txt")->published.empty());
  CHECK(cluster.find("04_d.txt") == nullptr);
  CHECK(parse_cluster_metadata("c/cluster.yaml", "").ok());
  CHECK(parse_cluster_metadata("c/cluster.yaml", "cluster: only\n").value().articles.empty());
}

TEST_CASE("cluster.yaml errors name the file, line and column", "[input]") {
  auto bad_date = parse_cluster_metadata("c/cluster.yaml",
                                         "articles:\n  - file: a.txt\n    published: last week\n");
  REQUIRE_FALSE(bad_date.ok());
  CHECK(bad_date.status().message() ==
        "c/cluster.yaml:2:5: 'last week' is not a date (expected ISO 8601, e.g. 2015-11-16)");
  auto no_file = parse_cluster_metadata("c/cluster.yaml", "articles:\n  - outlet: x\n");
  REQUIRE_FALSE(no_file.ok());
  CHECK(no_file.status().message() == "c/cluster.yaml:2:5: an article without 'file'");
  auto syntax = parse_cluster_metadata("c/cluster.yaml", "articles: [\n");
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.status().message().rfind("c/cluster.yaml:", 0) == 0);
  auto not_list = parse_cluster_metadata("c/cluster.yaml", "articles: 3\n");
  REQUIRE_FALSE(not_list.ok());
  CHECK(not_list.status().message() == "c/cluster.yaml:1:11: 'articles' must be a list");
}

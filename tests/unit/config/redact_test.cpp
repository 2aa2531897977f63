#include "config/redact.hpp"

#include <gtest/gtest.h>

namespace qdb::config {
namespace {

TEST(RedactSecrets, HidesRawAndPercentEncodedForms) {
  EXPECT_EQ(redact_secrets("auth failed for p@ss/1 (p%40ss%2F1, p%40ss%2f1)", "p@ss/1"),
            "auth failed for **** (****, ****)");
}

TEST(RedactSecrets, HidesEveryOccurrence) {
  EXPECT_EQ(redact_secrets("hunter2 hunter2hunter2", "hunter2"), "**** ********");
}

TEST(RedactSecrets, SeveralSecretsInOnePassNeverSearchTheirStandIn) {
  // Found by fuzzing: one secret after the other, a password "*" was searched for in the "****"
  // of the ones before it, and the text grew fourfold with each pass (seconds for a short URL).
  EXPECT_EQ(redact_secrets("a*b xyz x%2Ayz", std::vector<std::string>{"xyz", "*"}), "a****b **** x****yz");
  EXPECT_EQ(redact_secrets("abcdef abcd", std::vector<std::string>{"abcd", "cdef"}), "**** ****");
  EXPECT_EQ(redact_secrets("nothing here", std::vector<std::string>{"", "zz"}), "nothing here");
}

TEST(RedactSecrets, EmptySecretChangesNothing) {
  EXPECT_EQ(redact_secrets("password authentication failed", ""),
            "password authentication failed");
}

TEST(RedactConnectionStrings, UrlPassword) {
  EXPECT_EQ(redact_connection_strings("could not connect to postgresql://app:s3cret@db:5432/x."),
            "could not connect to postgresql://app:****@db:5432/x.");
}

TEST(RedactConnectionStrings, UrlPasswordWithUnencodedAtAndQuotes) {
  EXPECT_EQ(redact_connection_strings("url \"postgres://u:p@ss@h/db?application_name=a@b\" end"),
            "url \"postgres://u:****@h/db?application_name=a@b\" end");
}

TEST(RedactConnectionStrings, UrlWithoutPasswordIsUnchanged) {
  EXPECT_EQ(redact_connection_strings("postgres://u@h/db and postgres://u:@h/db and http://x/y"),
            "postgres://u@h/db and postgres://u:@h/db and http://x/y");
}

TEST(RedactConnectionStrings, SeveralUrls) {
  EXPECT_EQ(redact_connection_strings("a://u:1@h b://v:2@k"), "a://u:****@h b://v:****@k");
}

TEST(RedactConnectionStrings, ConninfoValues) {
  EXPECT_EQ(redact_connection_strings("host=h password=s3cret user=u"),
            "host=h password=**** user=u");
  EXPECT_EQ(redact_connection_strings(R"(host='h' password='it\'s a secret' user='u')"),
            "host='h' password='****' user='u'");
  EXPECT_EQ(redact_connection_strings("password = spaced sslpassword=key"),
            "password = **** sslpassword=****");
}

TEST(RedactConnectionStrings, EnvironmentStyleAssignment) {
  EXPECT_EQ(redact_connection_strings("PGPASSWORD=abc make"), "PGPASSWORD=**** make");
}

TEST(RedactConnectionStrings, QueryParameterEndsAtAmpersand) {
  EXPECT_EQ(redact_connection_strings("postgres://h/db?password=x1&sslmode=require#f"),
            "postgres://h/db?password=****&sslmode=require#f");
}

TEST(RedactConnectionStrings, WordPasswordWithoutValueIsKept) {
  EXPECT_EQ(redact_connection_strings("password authentication failed; password= "),
            "password authentication failed; password= ");
}

}  // namespace
}  // namespace qdb::config

#include "strata/diff/diff.h"
#include "test_support.h"

using namespace strata;
using test::fieldReport;
using test::versionFrom;

namespace {

const Change* findChange(const SchemaDiff& d, ChangeKind kind, const std::string& path) {
    for (const Change& c : d.changes)
        if (c.kind == kind && c.path == path)
            return &c;
    return nullptr;
}

} // namespace

TEST(Diff, C8_AliasRenameIsARenameReadSafeWriteBreaking) {
    Json c = fieldReport("C8");
    SchemaDiff d = diffVersions(versionFrom(c["input"]["old"]), versionFrom(c["input"]["new"]));
    ASSERT_EQ(d.changes.size(), 1u);
    const Change* rename = findChange(d, ChangeKind::FieldRenamed, "new_name");
    ASSERT_NE(rename, nullptr);
    EXPECT_EQ(rename->before, "to_rename");
    EXPECT_EQ(rename->read, Effect::Safe);
    EXPECT_EQ(rename->write, Effect::Breaking);
}

TEST(Diff, C19_RenameWithoutAliasIsFlaggedNotSilentlyDropped) {
    Json c = fieldReport("C19");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    SchemaDiff withAlias = diffVersions(older, newer);
    ASSERT_NE(findChange(withAlias, ChangeKind::FieldRenamed, "new_col1"), nullptr);
    EXPECT_EQ(findChange(withAlias, ChangeKind::FieldRemoved, "col1"), nullptr);

    newer.schema.fields[1].aliases.clear();
    SchemaDiff withoutAlias = diffVersions(older, newer);
    ASSERT_EQ(withoutAlias.changes.size(), 1u);
    const Change& likely = withoutAlias.changes[0];
    EXPECT_EQ(likely.kind, ChangeKind::LikelyRename);
    EXPECT_EQ(likely.before, "col1");
    EXPECT_EQ(likely.after, "new_col1");
    EXPECT_EQ(likely.read, Effect::Breaking);
    EXPECT_NE(likely.message.find("aliases: [\"col1\"]"), std::string::npos);
}

TEST(Diff, EveryKindOfChangeWithItsEffects) {
    TypeVersion older = test::versionFromText(R"J({"name":"T","version":"1.0.0","fields":[
      {"name":"id","type":"int32"},
      {"name":"note","type":"string","nullable":true},
      {"name":"legacy","type":"string"},
      {"name":"size","type":"int64"},
      {"name":"state","type":{"kind":"enum","name":"S","symbols":["A","B"]}},
      {"name":"addr","type":{"kind":"struct","name":"Addr","fields":[{"name":"city","type":"string"}]}}],
      "constraints":[{"kind":"primary_key","columns":["id"]}]})J");
    TypeVersion newer = test::versionFromText(R"J({"name":"T","version":"2.0.0","fields":[
      {"name":"id","type":"int64"},
      {"name":"note","type":"string","nullable":false},
      {"name":"size","type":"int32"},
      {"name":"state","type":{"kind":"enum","name":"S","symbols":["A","C"],"default":"A"}},
      {"name":"addr","type":{"kind":"struct","name":"Addr","fields":[{"name":"city","type":"string"},
        {"name":"zip","type":"string","default":""}]}},
      {"name":"tags","type":{"kind":"array","items":"string"},"default":[]}],
      "constraints":[{"kind":"primary_key","columns":["id"]},{"kind":"unique","columns":["note"]}]})J");
    SchemaDiff d = diffVersions(older, newer);

    const Change* id = findChange(d, ChangeKind::TypeChanged, "id");
    ASSERT_NE(id, nullptr);
    EXPECT_EQ(id->read, Effect::Safe);
    EXPECT_EQ(id->write, Effect::Breaking);
    const Change* size = findChange(d, ChangeKind::TypeChanged, "size");
    ASSERT_NE(size, nullptr);
    EXPECT_EQ(size->read, Effect::Breaking);
    const Change* note = findChange(d, ChangeKind::NullabilityChanged, "note");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->read, Effect::Breaking);
    EXPECT_EQ(note->write, Effect::Safe);
    const Change* legacy = findChange(d, ChangeKind::FieldRemoved, "legacy");
    ASSERT_NE(legacy, nullptr);
    EXPECT_EQ(legacy->write, Effect::Breaking);
    const Change* added = findChange(d, ChangeKind::EnumSymbolsAdded, "state");
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->after, "C");
    EXPECT_EQ(added->write, Effect::Breaking);
    const Change* removed = findChange(d, ChangeKind::EnumSymbolsRemoved, "state");
    ASSERT_NE(removed, nullptr);
    EXPECT_EQ(removed->read, Effect::Lossy);
    ASSERT_NE(findChange(d, ChangeKind::FieldAdded, "addr.zip"), nullptr);
    EXPECT_EQ(findChange(d, ChangeKind::FieldAdded, "addr.zip")->read, Effect::Safe);
    ASSERT_NE(findChange(d, ChangeKind::FieldAdded, "tags"), nullptr);
    ASSERT_NE(findChange(d, ChangeKind::ConstraintAdded, "(constraints)"), nullptr);
    EXPECT_EQ(d.worstRead(), Effect::Breaking);
    EXPECT_EQ(d.worstWrite(), Effect::Breaking);

    Json j = diffToJson(d);
    EXPECT_EQ(j["changes"].size(), d.changes.size());
    EXPECT_EQ(j["read"], "breaking");
}

TEST(Diff, IdenticalVersionsHaveNoChanges) {
    TypeVersion v = test::versionFromText(
        R"J({"name":"T","version":"1.0.0","fields":[{"name":"a","type":"string"}]})J");
    TypeVersion w = v;
    w.id.version = SemVer{1, 0, 1};
    EXPECT_TRUE(diffVersions(v, w).changes.empty());
}

// The diff must pair fields exactly as the resolver does: by name, then by the reader's aliases
// in the reader's order — not by the order of the older version's fields.
TEST(Diff, AliasPairingFollowsTheReadersAliasOrderLikeTheResolver) {
    TypeVersion older = test::versionFromText(R"J({"name":"T","version":"1.0.0","fields":[
      {"name":"a","type":"string"},{"name":"b","type":"string"}]})J");
    TypeVersion newer = test::versionFromText(R"J({"name":"T","version":"2.0.0","fields":[
      {"name":"c","type":"string","aliases":["b","a"]}]})J");
    SchemaDiff d = diffVersions(older, newer);
    const Change* rename = findChange(d, ChangeKind::FieldRenamed, "c");
    ASSERT_NE(rename, nullptr);
    EXPECT_EQ(rename->before, "b");
    EXPECT_NE(findChange(d, ChangeKind::FieldRemoved, "a"), nullptr);
    EXPECT_EQ(findChange(d, ChangeKind::FieldRemoved, "b"), nullptr);
}

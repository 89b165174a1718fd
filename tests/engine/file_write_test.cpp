// writeFileAtomically: symlinks keep pointing at the file that gets the new text, and the
// replaced file keeps its mode and owner.

#include "strata/model/workspace_io.h"
#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace strata;
namespace fs = std::filesystem;

namespace {

class AtomicWrite : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("strata-write-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    void write(const fs::path& file, const std::string& text) const { std::ofstream(file) << text; }
    static std::string text(const fs::path& file) { return *readFile(file); }
    static size_t entries(const fs::path& dir) {
        return std::distance(fs::directory_iterator(dir), fs::directory_iterator());
    }
    static mode_t mode(const fs::path& file) {
        struct stat st {};
        EXPECT_EQ(::stat(file.c_str(), &st), 0) << file;
        return st.st_mode & 07777;
    }

    fs::path m_dir;
};

} // namespace

TEST_F(AtomicWrite, ThroughASymlinkTheTargetGetsTheTextAndTheLinkStays) {
    write(m_dir / "real-ws.json", "old");
    fs::create_symlink("real-ws.json", m_dir / "link-ws.json");

    Status s = writeFileAtomically(m_dir / "link-ws.json", "new");
    ASSERT_TRUE(s.ok()) << s.error().describe();
    ASSERT_TRUE(fs::is_symlink(m_dir / "link-ws.json"));
    EXPECT_EQ(fs::read_symlink(m_dir / "link-ws.json"), "real-ws.json");
    EXPECT_EQ(text(m_dir / "real-ws.json"), "new");
    EXPECT_EQ(entries(m_dir), 2u);
}

// Each relative target is relative to its own link's folder; the temp file is made beside the
// final target, so the rename never crosses folders (or file systems).
TEST_F(AtomicWrite, FollowsAChainOfRelativeLinksAcrossFolders) {
    fs::create_directories(m_dir / "a");
    fs::create_directories(m_dir / "b/data");
    write(m_dir / "b/data/ws.json", "old");
    fs::create_symlink("data/ws.json", m_dir / "b/inner.json");
    fs::create_symlink("../b/inner.json", m_dir / "a/outer.json");

    Status s = writeFileAtomically(m_dir / "a/outer.json", "new");
    ASSERT_TRUE(s.ok()) << s.error().describe();
    EXPECT_TRUE(fs::is_symlink(m_dir / "a/outer.json"));
    EXPECT_TRUE(fs::is_symlink(m_dir / "b/inner.json"));
    EXPECT_EQ(text(m_dir / "b/data/ws.json"), "new");
    EXPECT_EQ(entries(m_dir / "a"), 1u);
    EXPECT_EQ(entries(m_dir / "b"), 2u);
    EXPECT_EQ(entries(m_dir / "b/data"), 1u);
}

TEST_F(AtomicWrite, ThroughADanglingLinkCreatesTheFileItNames) {
    fs::create_directories(m_dir / "store");
    fs::create_symlink(m_dir / "store/fresh.json", m_dir / "link.json");

    Status s = writeFileAtomically(m_dir / "link.json", "first");
    ASSERT_TRUE(s.ok()) << s.error().describe();
    EXPECT_TRUE(fs::is_symlink(m_dir / "link.json"));
    EXPECT_EQ(text(m_dir / "store/fresh.json"), "first");
    EXPECT_EQ(entries(m_dir / "store"), 1u);
}

TEST_F(AtomicWrite, ALinkLoopIsAnErrorNamingThePath) {
    fs::create_symlink("b.json", m_dir / "a.json");
    fs::create_symlink("a.json", m_dir / "b.json");

    Status s = writeFileAtomically(m_dir / "a.json", "text");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Io);
    EXPECT_EQ(s.error().message, "too many levels of symbolic links");
    EXPECT_EQ(s.error().where, (m_dir / "a.json").string());
    EXPECT_EQ(entries(m_dir), 2u);
}

TEST_F(AtomicWrite, TheReplacedFileKeepsItsMode) {
    for (mode_t kept : {0640, 0600, 0664, 0444}) {
        fs::path file = m_dir / ("ws-" + std::to_string(kept) + ".json");
        write(file, "old");
        ASSERT_EQ(::chmod(file.c_str(), kept), 0);

        Status s = writeFileAtomically(file, "new");
        ASSERT_TRUE(s.ok()) << s.error().describe();
        EXPECT_EQ(mode(file), kept) << std::oct << kept;
        EXPECT_EQ(text(file), "new");
    }

    // through a link, the target's mode counts (a symlink's own mode means nothing)
    write(m_dir / "real.json", "old");
    ASSERT_EQ(::chmod((m_dir / "real.json").c_str(), 0640), 0);
    fs::create_symlink("real.json", m_dir / "link.json");
    ASSERT_TRUE(writeFileAtomically(m_dir / "link.json", "new").ok());
    EXPECT_EQ(mode(m_dir / "real.json"), 0640u);
}

TEST_F(AtomicWrite, ANewFileGetsTheUmaskDefault) {
    mode_t previous = ::umask(027);
    Status s = writeFileAtomically(m_dir / "new.json", "text");
    ::umask(previous);
    ASSERT_TRUE(s.ok()) << s.error().describe();
    EXPECT_EQ(mode(m_dir / "new.json"), 0640u);
}

TEST_F(AtomicWrite, TheReplacedFileKeepsItsOwnerWhenRunAsRoot) {
    if (::geteuid() != 0)
        GTEST_SKIP() << "only root can give a file to another user";
    fs::path file = m_dir / "shared.json";
    write(file, "old");
    ASSERT_EQ(::chown(file.c_str(), 4321, 4322), 0);
    ASSERT_EQ(::chmod(file.c_str(), 02660), 0);

    ASSERT_TRUE(writeFileAtomically(file, "new").ok());
    struct stat st {};
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 4321u);
    EXPECT_EQ(st.st_gid, 4322u);
    EXPECT_EQ(st.st_mode & 07777, 02660u);
}

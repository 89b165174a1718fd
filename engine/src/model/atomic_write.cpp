// Atomic replacement of a file. The temp file is created beside the file really replaced (a
// symlink is followed to its final target, so the link survives and the target gets the new
// text), carries that file's mode and owner, and is renamed over it only once fully written.

#include "strata/core/log.h"
#include "strata/model/workspace_io.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strata {
namespace {

namespace fs = std::filesystem;

// Linux itself gives up after 40 links in one lookup; a longer chain is a loop.
constexpr int kMaxLinkHops = 40;

std::string systemError(int error) {
    return std::strerror(error);
}

// The file a write to `path` replaces: symlinks are followed hop by hop (a relative target is
// relative to the link's folder); a dangling link yields the path it names.
Result<fs::path> resolveWriteTarget(const fs::path& path) {
    fs::path current = path;
    for (int hop = 0; hop <= kMaxLinkHops; ++hop) {
        struct stat st {};
        if (::lstat(current.c_str(), &st) != 0) {
            if (errno == ENOENT)
                return current;
            return makeError(ErrorCode::Io, "cannot inspect file: " + systemError(errno),
                             current.string());
        }
        if (!S_ISLNK(st.st_mode))
            return current;
        std::error_code ec;
        fs::path next = fs::read_symlink(current, ec);
        if (ec)
            return makeError(ErrorCode::Io, "cannot read symbolic link: " + ec.message(),
                             current.string());
        current = next.is_absolute() ? next : current.parent_path() / next;
    }
    return makeError(ErrorCode::Io, "too many levels of symbolic links", path.string());
}

struct TempFile {
    fs::path path;
    int fd = -1;
};

// A new, empty file beside `target`. `mode` is passed to open(), so the umask applies to it.
Result<TempFile> createTempBeside(const fs::path& target, mode_t mode) {
    static std::atomic<unsigned> counter{0};
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string stem =
        "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-";
    for (int attempt = 0; attempt < 100; ++attempt) {
        fs::path temp = dir / (stem + std::to_string(counter++));
        int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd >= 0)
            return TempFile{temp, fd};
        if (errno != EEXIST)
            return makeError(ErrorCode::Io, "cannot create temporary file: " + systemError(errno),
                             temp.string());
    }
    return makeError(ErrorCode::Io, "cannot create temporary file: every name is taken",
                     dir.string());
}

bool writeAll(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t written = ::write(fd, data.data(), data.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data.remove_prefix(static_cast<size_t>(written));
    }
    return true;
}

// Gives the temp file the replaced file's owner (only root, or a member of the group for the
// group alone, may do that) and then its permission bits, which chown may have cleared.
bool takeOverAttributes(int fd, const struct stat& original, const fs::path& target) {
    if (original.st_uid != ::geteuid() || original.st_gid != ::getegid()) {
        if (::fchown(fd, original.st_uid, original.st_gid) != 0 &&
            ::fchown(fd, static_cast<uid_t>(-1), original.st_gid) != 0)
            log(LogLevel::Warning, "strata.engine.model",
                target.string() + ": the rewritten file is now owned by this user (" +
                    systemError(errno) + ")");
    }
    return ::fchmod(fd, original.st_mode & 07777) == 0;
}

} // namespace

Status writeFileAtomically(const std::filesystem::path& path, std::string_view contents) {
    Result<fs::path> target = resolveWriteTarget(path);
    if (!target)
        return target.error();

    struct stat original {};
    const bool replacing = ::stat(target->c_str(), &original) == 0;
    // an existing file's text stays private until its own mode is applied below
    Result<TempFile> temp = createTempBeside(*target, replacing ? 0600 : 0666);
    if (!temp)
        return temp.error();

    bool ok = writeAll(temp->fd, contents);
    ok = ok && (!replacing || takeOverAttributes(temp->fd, original, *target));
    ok = ok && ::fsync(temp->fd) == 0;
    ok = ::close(temp->fd) == 0 && ok;
    if (!ok) {
        ::unlink(temp->path.c_str());
        return makeError(ErrorCode::Io, "writing failed (disk full?); the original is untouched",
                         target->string());
    }

    std::error_code ec;
    fs::rename(temp->path, *target, ec);
    if (ec) {
        ::unlink(temp->path.c_str());
        return makeError(ErrorCode::Io, "cannot replace file: " + ec.message(), target->string());
    }
    return {};
}

} // namespace strata

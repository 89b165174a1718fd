#pragma once

// Batch conversion of JSON Lines: one record per line in, one converted record per line out.
// Record numbers are 1-based line numbers of the input and byte offsets count from the start
// of the input, so both point at the bad line in the original file. Lines holding only
// whitespace are skipped.

#include "strata/fastconvert/record_converter.h"

#include <functional>
#include <optional>

namespace strata {

// A line that could not be converted.
struct BadRecord {
    uint64_t record = 0;   // 1-based line number
    uint64_t offset = 0;   // byte offset of the line's first byte in the whole input
    std::string_view line; // the raw line, without its newline
    std::string message;   // what is wrong, as the reference converter says it
};

enum class OnBadRecord {
    Stop,       // stop at the first bad record; everything before it is converted
    DeadLetter, // hand bad records to the dead-letter sink and go on
};

using DeadLetterSink = std::function<void(const BadRecord&)>;

struct JsonLinesStats {
    uint64_t lines = 0;        // lines read, blank ones included
    uint64_t converted = 0;    // records written to the output
    uint64_t deadLettered = 0; // records handed to the dead-letter sink
    uint64_t bytes = 0;        // input bytes consumed
};

// Converts JSON Lines fed in chunks of any size (a line may span chunks).
class JsonLinesConverter {
public:
    // With OnBadRecord::DeadLetter, `sink` receives each bad record (it must be set).
    JsonLinesConverter(std::shared_ptr<const ConverterPlan> plan, OnBadRecord policy,
                       DeadLetterSink sink = {});

    // Converts every line completed by `chunk` and appends the results to `out`. With
    // OnBadRecord::Stop the first bad record fails the call (and every later one); all
    // records before it are already in `out`, and stoppedAt() says where to resume.
    Status feed(std::string_view chunk, std::string& out);

    // Converts a last line that has no newline.
    Status finish(std::string& out);

    const JsonLinesStats& stats() const { return m_stats; }
    const std::optional<BadRecord>& stoppedAt() const { return m_stopped; }
    const RecordConverter::Counters& counters() const { return m_converter.counters(); }

private:
    Status convertLines(bool final, std::string& out);
    Status convertLine(const char* data, size_t size, uint64_t offset, std::string& out);
    size_t convertInPlace(std::string_view chunk, std::string& out, Status& status);

    RecordConverter m_converter;
    OnBadRecord m_policy;
    DeadLetterSink m_sink;
    std::vector<char> m_buffer;  // pending bytes, followed by padding for the parser
    size_t m_size = 0;           // pending bytes in m_buffer
    uint64_t m_bufferOffset = 0; // input offset of m_buffer[0]
    JsonLinesStats m_stats;
    std::optional<BadRecord> m_stopped;
    std::string m_stoppedLine; // owns the text stoppedAt() refers to
};

// Converts a whole JSON Lines text in one call (see JsonLinesConverter).
Result<JsonLinesStats> convertJsonLines(std::shared_ptr<const ConverterPlan> plan,
                                        std::string_view input, std::string& out,
                                        OnBadRecord policy, DeadLetterSink sink = {});

} // namespace strata

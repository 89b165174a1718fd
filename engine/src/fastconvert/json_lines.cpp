#include "strata/fastconvert/json_lines.h"

#include <cstring>

namespace strata {

namespace {

bool isBlank(const char* begin, const char* end) {
    for (const char* p = begin; p != end; ++p)
        if (*p != ' ' && *p != '\t' && *p != '\r')
            return false;
    return true;
}

} // namespace

JsonLinesConverter::JsonLinesConverter(std::shared_ptr<const ConverterPlan> plan,
                                       OnBadRecord policy, DeadLetterSink sink)
    : m_converter(std::move(plan))
    , m_policy(policy)
    , m_sink(std::move(sink)) {
    m_buffer.resize(RecordConverter::kPadding);
}

Status JsonLinesConverter::feed(std::string_view chunk, std::string& out) {
    if (m_stopped)
        return makeError(ErrorCode::IllegalState,
                         "conversion stopped at record " + std::to_string(m_stopped->record));
    if (m_size == 0) {
        Status status;
        chunk.remove_prefix(convertInPlace(chunk, out, status));
        if (!status)
            return status;
    }
    if (m_size + chunk.size() + RecordConverter::kPadding > m_buffer.size())
        m_buffer.resize(m_size + chunk.size() + RecordConverter::kPadding);
    std::memcpy(m_buffer.data() + m_size, chunk.data(), chunk.size());
    m_size += chunk.size();
    return convertLines(false, out);
}

Status JsonLinesConverter::finish(std::string& out) {
    if (m_stopped)
        return makeError(ErrorCode::IllegalState,
                         "conversion stopped at record " + std::to_string(m_stopped->record));
    return convertLines(true, out);
}

// With nothing pending, converts the lines of `chunk` that have the parser's padding after them
// inside the chunk where they are, without copying them to the buffer; returns the bytes done.
size_t JsonLinesConverter::convertInPlace(std::string_view chunk, std::string& out,
                                          Status& status) {
    size_t begin = 0;
    while (begin < chunk.size()) {
        const char* start = chunk.data() + begin;
        const char* newline =
            static_cast<const char*>(std::memchr(start, '\n', chunk.size() - begin));
        if (!newline)
            break;
        const size_t end = size_t(newline - chunk.data());
        if (end + RecordConverter::kPadding > chunk.size())
            break;
        status = convertLine(start, end - begin, m_bufferOffset + begin, out);
        if (!status)
            return begin;
        begin = end + 1;
        m_stats.bytes = m_bufferOffset + begin;
    }
    m_bufferOffset += begin;
    return begin;
}

// Converts the complete lines in the buffer (and the unterminated rest when `final`), then
// moves what is left to the buffer's front.
Status JsonLinesConverter::convertLines(bool final, std::string& out) {
    size_t begin = 0;
    Status status;
    while (begin < m_size) {
        const char* start = m_buffer.data() + begin;
        const char* newline = static_cast<const char*>(std::memchr(start, '\n', m_size - begin));
        if (!newline && !final)
            break;
        size_t end = newline ? size_t(newline - m_buffer.data()) : m_size;
        status = convertLine(start, end - begin, m_bufferOffset + begin, out);
        if (!status)
            break;
        begin = newline ? end + 1 : end;
        m_stats.bytes = m_bufferOffset + begin;
    }
    if (status) {
        std::memmove(m_buffer.data(), m_buffer.data() + begin, m_size - begin);
        m_size -= begin;
        m_bufferOffset += begin;
    }
    return status;
}

Status JsonLinesConverter::convertLine(const char* data, size_t size, uint64_t offset,
                                       std::string& out) {
    ++m_stats.lines;
    if (isBlank(data, data + size))
        return {};
    std::string_view line(data, size);
    Status converted = m_converter.convertPadded(line, out);
    if (converted) {
        out.push_back('\n');
        ++m_stats.converted;
        return {};
    }
    BadRecord bad{m_stats.lines, offset, line, converted.error().describe()};
    if (m_policy == OnBadRecord::DeadLetter && m_sink) {
        m_sink(bad);
        ++m_stats.deadLettered;
        return {};
    }
    m_stoppedLine.assign(line);
    bad.line = m_stoppedLine;
    m_stopped = bad;
    return makeError(converted.error().code, bad.message,
                     "record " + std::to_string(bad.record) + " at byte " +
                         std::to_string(bad.offset));
}

Result<JsonLinesStats> convertJsonLines(std::shared_ptr<const ConverterPlan> plan,
                                        std::string_view input, std::string& out,
                                        OnBadRecord policy, DeadLetterSink sink) {
    JsonLinesConverter converter(std::move(plan), policy, std::move(sink));
    if (Status s = converter.feed(input, out); !s)
        return s.error();
    if (Status s = converter.finish(out); !s)
        return s.error();
    return converter.stats();
}

} // namespace strata

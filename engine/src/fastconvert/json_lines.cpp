#include "strata/fastconvert/json_lines.h"

#include <cstring>

namespace strata {

namespace {

bool isBlank(const char* begin, const char* end)
{
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
    , m_sink(std::move(sink))
{
    m_buffer.resize(RecordConverter::kPadding);
}

Status JsonLinesConverter::feed(std::string_view chunk, std::string& out)
{
    if (m_stopped)
        return makeError(ErrorCode::IllegalState, "conversion stopped at record " +
                                                      std::to_string(m_stopped->record));
    if (m_size + chunk.size() + RecordConverter::kPadding > m_buffer.size())
        m_buffer.resize(m_size + chunk.size() + RecordConverter::kPadding);
    std::memcpy(m_buffer.data() + m_size, chunk.data(), chunk.size());
    m_size += chunk.size();
    return convertLines(false, out);
}

Status JsonLinesConverter::finish(std::string& out)
{
    if (m_stopped)
        return makeError(ErrorCode::IllegalState, "conversion stopped at record " +
                                                      std::to_string(m_stopped->record));
    return convertLines(true, out);
}

// Converts the complete lines in the buffer (and the unterminated rest when `final`), then
// moves what is left to the buffer's front.
Status JsonLinesConverter::convertLines(bool final, std::string& out)
{
    size_t begin = 0;
    Status status;
    while (begin < m_size) {
        const char* start = m_buffer.data() + begin;
        const char* newline =
            static_cast<const char*>(std::memchr(start, '\n', m_size - begin));
        if (!newline && !final)
            break;
        size_t end = newline ? size_t(newline - m_buffer.data()) : m_size;
        status = convertLine(begin, end, out);
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

Status JsonLinesConverter::convertLine(size_t begin, size_t end, std::string& out)
{
    const char* data = m_buffer.data() + begin;
    ++m_stats.lines;
    if (isBlank(data, m_buffer.data() + end))
        return {};
    std::string_view line(data, end - begin);
    Status converted = m_converter.convertPadded(line, out);
    if (converted) {
        out.push_back('\n');
        ++m_stats.converted;
        return {};
    }
    BadRecord bad{m_stats.lines, m_bufferOffset + begin, line, converted.error().describe()};
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
                                        OnBadRecord policy, DeadLetterSink sink)
{
    JsonLinesConverter converter(std::move(plan), policy, std::move(sink));
    if (Status s = converter.feed(input, out); !s)
        return s.error();
    if (Status s = converter.finish(out); !s)
        return s.error();
    return converter.stats();
}

} // namespace strata

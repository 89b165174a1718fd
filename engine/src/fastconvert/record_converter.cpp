#include "strata/fastconvert/record_converter.h"

#include "record_tree.h"
#include "strata/convert/converter.h"

namespace strata {

const size_t RecordConverter::kPadding = simdjson::SIMDJSON_PADDING;

Result<std::string> convertRecordByReference(const Converter& converter, std::string_view record) {
    Json parsed;
    try {
        parsed = Json::parse(record.begin(), record.end());
    } catch (const Json::exception& e) {
        return makeError(ErrorCode::Parse, e.what());
    }
    if (!parsed.is_object())
        return makeError(ErrorCode::InvalidArgument,
                         std::string("a record must be a JSON object, not ") + parsed.type_name());
    Result<Json> converted = applyConverter(converter, parsed);
    if (!converted)
        return converted.error();
    try {
        return converted->dump();
    } catch (const Json::exception& e) {
        return makeError(ErrorCode::InvalidArgument, e.what());
    }
}

RecordConverter::RecordConverter(std::shared_ptr<const ConverterPlan> plan)
    : m_plan(std::move(plan))
    , m_tree(std::make_unique<fastconvert::RecordTree>()) {}

RecordConverter::~RecordConverter() = default;

Status RecordConverter::convert(std::string_view record, std::string& out) {
    return convertRecord(record, false, out);
}

Status RecordConverter::convertPadded(std::string_view record, std::string& out) {
    return convertRecord(record, true, out);
}

Status RecordConverter::convertRecord(std::string_view record, bool padded, std::string& out) {
    size_t before = out.size();
    fastconvert::Outcome outcome = m_tree->convert(m_plan->steps(), record, padded, out);
    if (outcome == fastconvert::Outcome::Converted) {
        ++m_counters.fast;
        return {};
    }
    out.resize(before);
    return convertByReference(record, out, outcome == fastconvert::Outcome::Failed);
}

// The reference decides every record the fast path does not convert: it gives the error
// message, or the output when simdjson could not represent the record.
Status RecordConverter::convertByReference(std::string_view record, std::string& out,
                                           bool fastFailed) {
    Result<std::string> converted = convertRecordByReference(m_plan->converter(), record);
    if (!converted) {
        ++m_counters.failed;
        return converted.error();
    }
    if (fastFailed) {
        ++m_counters.failed;
        return makeError(ErrorCode::Internal,
                         "the fast converter refused a record the reference converter accepts");
    }
    ++m_counters.reference;
    out.append(*converted);
    return {};
}

} // namespace strata

#include "copy_batch.h"

#include "copy_text.h"
#include "strata/simd/column_ops.h"
#include "strata/simd/kernels.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace strata::postgres::detail {
namespace {

using namespace strata::simd;

// What a kernel pipeline holds between steps: typed values, raw COPY text, or enum codes
// into a symbol table of COPY text.
enum class State { Int32, Int64, Float32, Float64, Bool, Raw, Coded, Reference };

State initialState(const DataType& type) {
    switch (type.kind) {
    case TypeKind::Int32:
        return State::Int32;
    case TypeKind::Int64:
        return State::Int64;
    case TypeKind::Float32:
        return State::Float32;
    case TypeKind::Float64:
        return State::Float64;
    case TypeKind::Bool:
        return State::Bool;
    default:
        return State::Raw;
    }
}

bool fitsFloat(const Json& v) {
    return v.is_number_float() || (v.is_number() && std::fabs(v.get<double>()) < 1e15);
}

// The state after `step`, or State::Reference when no kernel computes it as the reference
// converter does. `raw` is the type of Raw text.
State stepState(State s, const ConverterStep& step, const DataType& raw) {
    switch (step.kind) {
    case StepKind::Cast: {
        TypeKind to = step.toType->kind;
        bool cannotFail =
            (s == State::Int32 && (to == TypeKind::Int64 || to == TypeKind::Float64)) ||
            (s == State::Int64 && to == TypeKind::Float64) ||
            (s == State::Float32 && to == TypeKind::Float64) ||
            (s == State::Int32 && to == TypeKind::Int32) ||
            (s == State::Int64 && to == TypeKind::Int64) ||
            (s == State::Float64 && to == TypeKind::Float64) ||
            (s == State::Raw && *step.toType == raw && raw.kind != TypeKind::Enum);
        if (cannotFail)
            return s == State::Raw ? s : initialState(*step.toType);
        if (step.onError != OnError::Fail)
            return State::Reference;
        if (s == State::Int64 && to == TypeKind::Int32)
            return State::Int32;
        if (s == State::Float64 && to == TypeKind::Int64)
            return State::Int64;
        return State::Reference;
    }
    case StepKind::DefaultIfNull: {
        const Json& v = *step.value;
        if (v.is_null())
            return s;
        bool ok = false;
        if (s == State::Int32)
            ok = v.is_number_integer() && v.get<int64_t>() >= INT32_MIN &&
                 v.get<int64_t>() <= INT32_MAX;
        else if (s == State::Int64)
            ok =
                v.is_number_integer() && !(v.is_number_unsigned() && v.get<uint64_t>() > INT64_MAX);
        else if (s == State::Float32)
            ok = v.is_number() && double(float(v.get<double>())) == v.get<double>() && fitsFloat(v);
        else if (s == State::Float64)
            ok = fitsFloat(v);
        else if (s == State::Bool)
            ok = v.is_boolean();
        else if (s == State::Raw || s == State::Coded)
            ok = v.is_string();
        return ok ? s : State::Reference;
    }
    case StepKind::MapEnum:
        if (s == State::Raw && (raw.kind == TypeKind::String || raw.kind == TypeKind::Enum))
            return State::Coded;
        if (s == State::Coded)
            return s;
        // the reference converter maps strings only: other values pass unchanged
        return s == State::Raw ? State::Reference : s;
    case StepKind::ScaleOffset:
        if (s == State::Int32 || s == State::Int64 || s == State::Float32 || s == State::Float64)
            return State::Float64;
        return State::Reference;
    default:
        return State::Reference;
    }
}

bool subset(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::all_of(a.begin(), a.end(), [&](const std::string& s) {
        return std::find(b.begin(), b.end(), s) != b.end();
    });
}

// Whether values in state `s` are valid, unchanged in text, for a field of type `to`.
bool finalFits(State s, const DataType& raw, const DataType& to) {
    switch (s) {
    case State::Int32:
        return to.kind == TypeKind::Int32 || to.kind == TypeKind::Int64;
    case State::Int64:
        return to.kind == TypeKind::Int64;
    case State::Float32:
        return to.kind == TypeKind::Float32 || to.kind == TypeKind::Float64;
    case State::Float64:
        return to.kind == TypeKind::Float64;
    case State::Bool:
        return to.kind == TypeKind::Bool;
    case State::Coded: // enum membership is checked per batch
        return to.kind == TypeKind::String || to.kind == TypeKind::Enum;
    case State::Raw:
        if (raw == to)
            return true;
        if (raw.kind == TypeKind::Enum)
            return to.kind == TypeKind::String ||
                   (to.kind == TypeKind::Enum && subset(raw.symbols, to.symbols));
        if (raw.kind == TypeKind::Decimal && to.kind == TypeKind::Decimal && raw.precision != 0)
            return to.precision == 0 || (to.scale == raw.scale && to.precision >= raw.precision);
        return false;
    default:
        return false;
    }
}

// A source slot while the chain is walked: a source column with the steps on its values, or
// a constant.
struct Slot {
    std::string name;
    int sourceIndex = -1;
    std::vector<ConverterStep> steps;
    std::optional<Json> constant;
};

Status applyToConstant(const ConverterStep& step, Json& value) {
    Json record = {{"value", value}};
    ConverterStep s = step;
    s.field = "value";
    if (Status st = applyStep(s, record); !st)
        return st;
    value = record["value"];
    return {};
}

// ---- decoding -----------------------------------------------------------------------------

std::string unescape(std::string_view raw) {
    std::vector<std::optional<std::string>> one;
    splitCopyLine(raw, one);
    return one.front().value_or("");
}

// Splits every line's fields into raw (still escaped) text columns, "\N" as null.
std::vector<StringColumn> decodeRaw(std::string_view lines, size_t columns) {
    std::vector<StringColumn> out(columns);
    size_t pos = 0;
    while (pos < lines.size()) {
        size_t end = lines.find('\n', pos);
        if (end == std::string_view::npos)
            end = lines.size();
        size_t start = pos;
        for (size_t c = 0; c < columns; ++c) {
            size_t tab = c + 1 < columns ? lines.find('\t', start) : end;
            if (tab == std::string_view::npos || tab > end)
                tab = end;
            std::string_view field = lines.substr(start, tab - start);
            if (field == "\\N")
                out[c].appendNull();
            else
                out[c].append(field);
            start = std::min(tab + 1, end);
        }
        pos = end + 1;
    }
    return out;
}

template <typename T> bool parseColumn(const StringColumn& raw, Column<T>& out, size_t& badRow) {
    out.values.resize(raw.size());
    out.validity = raw.validity;
    for (size_t r = 0; r < raw.size(); ++r) {
        if (raw.isNull(r))
            continue;
        std::string_view t = raw.value(r);
        auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), out.values[r]);
        if (ec != std::errc() || end != t.data() + t.size()) {
            badRow = r;
            return false;
        }
    }
    return true;
}

size_t firstNull(const ValidityBitmap& validity) {
    size_t row = 0;
    while (validity.isValid(row))
        ++row;
    return row;
}

// ---- encoding -----------------------------------------------------------------------------

template <typename T> void appendInteger(std::string& out, T v) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end);
}

} // namespace

// ---- compile ------------------------------------------------------------------------------

Result<BatchConverter> BatchConverter::compile(const ConversionPath& path,
                                               const TypeVersion& source, const TypeVersion& target,
                                               const std::vector<std::string>& keyColumns) {
    BatchConverter bc;
    bc.m_sourceColumns = source.schema.fields.size();
    std::vector<Slot> record;
    for (size_t i = 0; i < source.schema.fields.size(); ++i) {
        record.push_back({source.schema.fields[i].name, int(i), {}, {}});
        bc.m_sourceTypes.push_back(source.schema.fields[i].type);
        bc.m_sourceNames.push_back(source.schema.fields[i].name);
    }
    for (const std::string& k : keyColumns) {
        const Field* f = source.schema.findField(k);
        if (!f)
            return makeError(ErrorCode::NotFound, "key column '" + k + "' is not in the source");
        bc.m_keyIndex.push_back(int(f - source.schema.fields.data()));
        bc.m_keyNames.push_back(k);
    }
    auto find = [&record](const std::string& name) {
        return std::find_if(record.begin(), record.end(),
                            [&](const Slot& s) { return s.name == name; });
    };
    auto unsupported = [](const ConverterStep& step, const std::string& why) {
        return makeError(ErrorCode::Unsupported,
                         std::string(toString(step.kind)) + " '" + step.field + "' " + why);
    };
    for (const ConversionHop& hop : path.hops) {
        for (const ConverterStep& step : hop.converter.steps) {
            if (step.field.find_first_of(".[{") != std::string::npos)
                return unsupported(step, "acts on a nested field");
            auto slot = find(step.field);
            if (step.kind == StepKind::AddWithDefault) {
                if (slot != record.end())
                    return unsupported(step, "adds a field that already exists");
                record.push_back({step.field, -1, {}, *step.value});
                continue;
            }
            if (slot == record.end()) {
                if (step.kind == StepKind::Rename)
                    return unsupported(step, "names a missing field");
                continue; // the reference converter skips an absent field
            }
            if (step.kind == StepKind::Rename) {
                if (find(step.newName) != record.end())
                    return unsupported(step, "renames onto an existing field");
                slot->name = step.newName;
            } else if (step.kind == StepKind::Drop) {
                record.erase(slot);
            } else if (slot->constant) {
                if (Status s = applyToConstant(step, *slot->constant); !s)
                    return s.error();
            } else {
                ConverterStep onValue = step;
                onValue.field = "value";
                slot->steps.push_back(std::move(onValue));
            }
        }
    }

    for (const Field& f : target.schema.fields) {
        ColumnProgram p;
        p.target = f.name;
        p.field = &f;
        std::string reason;
        auto slot = find(f.name);
        if (slot == record.end() || slot->constant) {
            Json value = slot != record.end() ? *slot->constant
                         : f.defaultValue     ? *f.defaultValue
                         : f.nullable         ? Json()
                                              : Json::object();
            if (!isValidValue(f.type, f.nullable, value))
                return makeError(ErrorCode::Unsupported,
                                 "no valid value for field '" + f.name + "'");
            p.mode = ColumnProgram::Mode::Constant;
            appendJsonAsCopy(p.constant, value);
        } else {
            p.sourceIndex = slot->sourceIndex;
            p.sourceType = source.schema.fields[size_t(p.sourceIndex)].type;
            p.steps = slot->steps;
            State s = initialState(p.sourceType);
            for (const ConverterStep& step : p.steps) {
                s = stepState(s, step, p.sourceType);
                if (s == State::Reference) {
                    reason = std::string(toString(step.kind)) + " has no kernel here";
                    break;
                }
            }
            if (s != State::Reference && !finalFits(s, p.sourceType, f.type))
                reason =
                    "the result needs the reference converter's check for " + f.type.describe();
            if (!reason.empty())
                p.mode = ColumnProgram::Mode::Reference;
        }
        bc.m_programs.push_back(std::move(p));
        bc.m_reasons.push_back(reason);
    }
    return bc;
}

std::string BatchConverter::describe() const {
    std::string out;
    for (size_t i = 0; i < m_programs.size(); ++i) {
        const ColumnProgram& p = m_programs[i];
        out += (i ? ", " : "") + p.target + ": ";
        if (p.mode == ColumnProgram::Mode::Constant)
            out += "constant";
        else if (p.mode == ColumnProgram::Mode::Kernels)
            out += p.steps.empty() ? "copied" : "kernels";
        else
            out += "reference (" + m_reasons[i] + ")";
    }
    return out;
}

// ---- run ----------------------------------------------------------------------------------

namespace {

// One batch in flight: the raw source columns and the key text of each row for messages.
class BatchRun {
public:
    BatchRun(std::vector<StringColumn> raw, const std::vector<int>& keyIndex,
             const std::vector<std::string>& keyNames)
        : m_raw(std::move(raw))
        , m_keyIndex(keyIndex)
        , m_keyNames(keyNames) {}

    size_t rows() const { return m_raw.empty() ? 0 : m_raw.front().size(); }
    const StringColumn& raw(int column) const { return m_raw[size_t(column)]; }

    Error rowError(size_t row, const std::string& message) const {
        std::string names, values;
        for (size_t i = 0; i < m_keyIndex.size(); ++i) {
            const StringColumn& c = m_raw[size_t(m_keyIndex[i])];
            names += (i ? ", " : "") + m_keyNames[i];
            values +=
                (i ? ", " : "") + (c.isNull(row) ? std::string("NULL") : unescape(c.value(row)));
        }
        std::string where = m_keyIndex.empty() ? "row " + std::to_string(row + 1) + " of the batch"
                                               : "row with key (" + names + ")=(" + values + ")";
        return makeError(ErrorCode::InvalidArgument, message, where);
    }

    Status run(const ColumnProgram& p, StringColumn& out) const;

private:
    Status reference(const ColumnProgram& p, StringColumn& out) const;
    Status kernels(const ColumnProgram& p, StringColumn& out) const;

    std::vector<StringColumn> m_raw;
    const std::vector<int>& m_keyIndex;
    const std::vector<std::string>& m_keyNames;
};

Status BatchRun::run(const ColumnProgram& p, StringColumn& out) const {
    if (p.mode == ColumnProgram::Mode::Constant) {
        for (size_t r = 0; r < rows(); ++r)
            out.append(p.constant);
        return {};
    }
    return p.mode == ColumnProgram::Mode::Reference ? reference(p, out) : kernels(p, out);
}

Status BatchRun::reference(const ColumnProgram& p, StringColumn& out) const {
    const StringColumn& raw = m_raw[size_t(p.sourceIndex)];
    std::string text;
    for (size_t r = 0; r < raw.size(); ++r) {
        Json value;
        if (!raw.isNull(r)) {
            auto v = copyValueToJson(unescape(raw.value(r)), p.sourceType);
            if (!v)
                return rowError(r, v.error().message);
            value = std::move(*v);
        }
        Json record = {{"value", std::move(value)}};
        for (const ConverterStep& step : p.steps)
            if (Status s = applyStep(step, record); !s)
                return rowError(r, p.target + ": " + s.error().message);
        if (!isValidValue(p.field->type, p.field->nullable, record["value"]))
            return rowError(r, "value " + record["value"].dump() + " is not a valid " +
                                   p.field->type.describe() + " for '" + p.target + "'");
        text.clear();
        appendJsonAsCopy(text, record["value"]);
        out.append(text);
    }
    return {};
}

// The typed column a pipeline works on, with its state.
struct Work {
    State state = State::Raw;
    Int32Column i32;
    Int64Column i64;
    Float32Column f32;
    Float64Column f64;
    BoolColumn b;
    StringColumn text;                // Raw: COPY text
    std::vector<std::string> symbols; // Coded: COPY text of each code
    const ValidityBitmap& validity() const {
        switch (state) {
        case State::Int32:
        case State::Coded:
            return i32.validity;
        case State::Int64:
            return i64.validity;
        case State::Float32:
            return f32.validity;
        case State::Float64:
            return f64.validity;
        case State::Bool:
            return b.validity;
        default:
            return text.validity;
        }
    }
};

void fillText(StringColumn& column, const std::string& copyText) {
    StringColumn filled;
    for (size_t r = 0; r < column.size(); ++r)
        filled.append(column.isNull(r) ? std::string_view(copyText) : column.value(r));
    column = std::move(filled);
}

int32_t symbolCode(std::vector<std::string>& symbols, const std::string& text) {
    auto it = std::find(symbols.begin(), symbols.end(), text);
    if (it != symbols.end())
        return int32_t(it - symbols.begin());
    symbols.push_back(text);
    return int32_t(symbols.size() - 1);
}

// Dictionary-encodes raw text into codes.
void encodeSymbols(Work& w) {
    std::unordered_map<std::string_view, int32_t> codes;
    w.i32 = Int32Column();
    w.i32.values.resize(w.text.size());
    w.i32.validity = w.text.validity;
    for (size_t r = 0; r < w.text.size(); ++r) {
        if (w.text.isNull(r))
            continue;
        auto [it, fresh] = codes.try_emplace(w.text.value(r), int32_t(w.symbols.size()));
        if (fresh)
            w.symbols.emplace_back(it->first);
        w.i32.values[r] = it->second;
    }
    w.state = State::Coded;
}

// A symbol map keyed and valued by COPY text, applied through the remap kernel.
Status remap(Work& w, const ConverterStep& step) {
    std::map<std::string, std::string> escaped;
    for (const auto& [from, to] : step.symbolMap) {
        std::string f, t;
        appendCopyText(f, from);
        appendCopyText(t, to);
        escaped[f] = t;
    }
    std::vector<std::string> images;
    EnumRemap table;
    for (const std::string& s : w.symbols) {
        auto it = escaped.find(s);
        table.table.push_back(symbolCode(images, it == escaped.end() ? s : it->second));
    }
    auto remapped = remapEnum(w.i32, table, std::nullopt);
    if (!remapped)
        return remapped.error();
    w.i32 = std::move(*remapped);
    w.symbols = std::move(images);
    return {};
}

void toFloat64(Work& w) {
    if (w.state == State::Int32)
        w.f64 = simd::toFloat64(w.i32);
    else if (w.state == State::Int64)
        w.f64 = simd::toFloat64(w.i64);
    else if (w.state == State::Float32)
        w.f64 = simd::toFloat64(w.f32);
    w.state = State::Float64;
}

} // namespace

Status BatchRun::kernels(const ColumnProgram& p, StringColumn& out) const {
    Work w;
    w.state = initialState(p.sourceType);
    const StringColumn& raw = m_raw[size_t(p.sourceIndex)];
    // a column no step touches keeps its text; a real is the exception, since the reference
    // reads it as the float it stands for and writes that float's double
    if (p.steps.empty() && w.state != State::Float32) {
        if (!p.field->nullable && !raw.validity.allValid())
            return rowError(firstNull(raw.validity),
                            "null in '" + p.target + "', which is not nullable");
        for (size_t r = 0; r < raw.size(); ++r)
            out.append(raw.isNull(r) ? std::string_view("\\N") : raw.value(r));
        return {};
    }
    size_t bad = kNoRow;
    bool parsed = true;
    switch (w.state) {
    case State::Int32:
        parsed = parseColumn(raw, w.i32, bad);
        break;
    case State::Int64:
        parsed = parseColumn(raw, w.i64, bad);
        break;
    case State::Float32:
        parsed = parseColumn(raw, w.f32, bad);
        break;
    case State::Float64:
        parsed = parseColumn(raw, w.f64, bad);
        break;
    case State::Bool:
        w.b.values.resize(raw.size());
        w.b.validity = raw.validity;
        for (size_t r = 0; r < raw.size() && parsed; ++r) {
            if (raw.isNull(r))
                continue;
            parsed = raw.value(r) == "t" || raw.value(r) == "f";
            w.b.values[r] = raw.value(r) == "t";
            bad = r;
        }
        break;
    default:
        w.text = raw;
    }
    if (!parsed)
        return rowError(bad, "value '" + unescape(raw.value(bad)) + "' of " + p.target +
                                 " is not a " + p.sourceType.describe());

    for (const ConverterStep& step : p.steps) {
        State next = stepState(w.state, step, p.sourceType);
        if (step.kind == StepKind::Cast && next != w.state) {
            if (next == State::Float64) {
                toFloat64(w);
            } else if (w.state == State::Int32 && next == State::Int64) {
                w.i64 = simd::toInt64(w.i32);
            } else if (w.state == State::Int64 && next == State::Int32) {
                auto n = narrowToInt32(w.i64);
                if (!n) {
                    size_t row = activeKernels().int64ToInt32Checked(
                        w.i64.values.data(), w.i64.validity.words(), w.i64.size(),
                        std::vector<int32_t>(w.i64.size()).data());
                    return rowError(row, "value " + std::to_string(w.i64.values[row]) + " of " +
                                             p.target + " is outside int32 range");
                }
                w.i32 = std::move(*n);
            } else if (w.state == State::Float64 && next == State::Int64) {
                auto n = toInt64Exact(w.f64);
                if (!n) {
                    size_t row = activeKernels().float64ToInt64Checked(
                        w.f64.values.data(), w.f64.validity.words(), w.f64.size(),
                        std::vector<int64_t>(w.f64.size()).data());
                    return rowError(row, "value " + Json(w.f64.values[row]).dump() + " of " +
                                             p.target + " is not an int64");
                }
                w.i64 = std::move(*n);
            }
            w.state = next;
        } else if (step.kind == StepKind::DefaultIfNull && !step.value->is_null()) {
            const Json& v = *step.value;
            switch (w.state) {
            case State::Int32:
                fillNulls(w.i32, v.get<int32_t>());
                break;
            case State::Int64:
                fillNulls(w.i64, v.get<int64_t>());
                break;
            case State::Float32:
                fillNulls(w.f32, v.get<float>());
                break;
            case State::Float64:
                fillNulls(w.f64, v.get<double>());
                break;
            case State::Bool:
                fillNulls(w.b, v.get<bool>());
                break;
            case State::Coded: {
                std::string text;
                appendCopyText(text, v.get<std::string>());
                int32_t code = symbolCode(w.symbols, text);
                fillNulls(w.i32, code);
                break;
            }
            default: {
                std::string text;
                appendCopyText(text, v.get<std::string>());
                fillText(w.text, text);
            }
            }
        } else if (step.kind == StepKind::MapEnum && next == State::Coded) {
            if (w.state == State::Raw)
                encodeSymbols(w);
            if (Status s = remap(w, step); !s)
                return s;
        } else if (step.kind == StepKind::ScaleOffset) {
            toFloat64(w);
            w.f64 = scaleOffset(w.f64, step.scale, step.offset);
        }
    }

    const Field& f = *p.field;
    if (!f.nullable && !w.validity().allValid())
        return rowError(firstNull(w.validity()),
                        "null in '" + p.target + "', which is not nullable");
    // symbols the target enum does not have, decided once per symbol rather than per row
    std::vector<bool> foreign(w.symbols.size(), false);
    for (size_t i = 0; i < w.symbols.size() && f.type.kind == TypeKind::Enum; ++i)
        foreign[i] = std::find(f.type.symbols.begin(), f.type.symbols.end(),
                               unescape(w.symbols[i])) == f.type.symbols.end();
    std::string text;
    for (size_t r = 0; r < raw.size(); ++r) {
        text.clear();
        if (!w.validity().isValid(r)) {
            out.append("\\N");
            continue;
        }
        switch (w.state) {
        case State::Int32:
            appendInteger(text, w.i32.values[r]);
            break;
        case State::Int64:
            appendInteger(text, w.i64.values[r]);
            break;
        case State::Float32:
            appendFloatAsCopy(text, double(w.f32.values[r]));
            break;
        case State::Float64:
            appendFloatAsCopy(text, w.f64.values[r]);
            break;
        case State::Bool:
            text = w.b.values[r] ? "t" : "f";
            break;
        case State::Coded: {
            size_t code = size_t(w.i32.values[r]);
            if (foreign[code])
                return rowError(r, "'" + unescape(w.symbols[code]) + "' is not a symbol of " +
                                       p.target);
            out.append(w.symbols[code]);
            continue;
        }
        default:
            out.append(w.text.value(r));
            continue;
        }
        out.append(text);
    }
    return {};
}

Status BatchConverter::convert(std::string_view lines, std::string& out) const {
    BatchRun batch(decodeRaw(lines, m_sourceColumns), m_keyIndex, m_keyNames);
    for (size_t c = 0; c < m_sourceColumns; ++c) {
        TypeKind k = m_sourceTypes[c].kind;
        if (k != TypeKind::String && k != TypeKind::Enum)
            continue;
        const StringColumn& raw = batch.raw(int(c));
        // COPY escapes are ASCII, so the escaped text is valid UTF-8 exactly when the value is
        Utf8Outcome u = activeKernels().validateUtf8(raw.offsets.data(), raw.bytes.data(),
                                                     raw.validity.words(), raw.size());
        if (!u.ok())
            return batch.rowError(u.firstBadRow, "ill-formed UTF-8 in '" + m_sourceNames[c] +
                                                     "' at byte " + std::to_string(u.byteOffset));
    }
    std::vector<StringColumn> columns(m_programs.size());
    for (size_t i = 0; i < m_programs.size(); ++i)
        if (Status s = batch.run(m_programs[i], columns[i]); !s)
            return s;
    for (size_t r = 0; r < batch.rows(); ++r) {
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c)
                out += '\t';
            out += columns[c].value(r);
        }
        out += '\n';
    }
    return {};
}

} // namespace strata::postgres::detail

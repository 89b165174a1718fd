// Generates writer records that a reader really cannot decode (checked with readDatum).

#include "counterexample.h"

#include "strata/compat/datum.h"

#include <algorithm>

namespace strata::detail {
namespace {

constexpr int kMaxDepth = 24;

class Generator {
public:
    Generator(const RefResolver& refs, bool preferNull)
        : m_refs(refs)
        , m_preferNull(preferNull) {}

    Json record(const std::vector<Field>* reader, const std::vector<Field>& writer, int depth) {
        Json out = Json::object();
        for (const Field& w : writer) {
            const Field* r = reader ? matchReader(w, *reader) : nullptr;
            out[w.name] = value(w.type, w.nullable, r ? &r->type : nullptr, r ? r->nullable : true,
                                depth + 1);
        }
        return out;
    }

private:
    static const Field* matchReader(const Field& w, const std::vector<Field>& reader) {
        for (const Field& r : reader)
            if (r.name == w.name)
                return &r;
        for (const Field& r : reader)
            if (std::find(r.aliases.begin(), r.aliases.end(), w.name) != r.aliases.end())
                return &r;
        return nullptr;
    }

    const std::vector<Field>* fieldsOf(const DataType* t) {
        if (!t)
            return nullptr;
        if (t->kind == TypeKind::Struct)
            return &t->fields;
        if (t->kind == TypeKind::Ref && m_refs)
            if (const TypeVersion* v = m_refs(t->refTarget, t->refVersion))
                return &v->schema.fields;
        return nullptr;
    }

    Json value(const DataType& w, bool wNull, const DataType* r, bool rNull, int depth) {
        if (wNull && (!rNull || m_preferNull || depth > kMaxDepth))
            return nullptr;
        if (const std::vector<Field>* wf = fieldsOf(&w)) {
            if (depth > kMaxDepth)
                return Json::object();
            return record(fieldsOf(r), *wf, depth);
        }
        // Plain values everywhere, except an extreme one where the reader's type is narrower,
        // so that the record shows the failure and nothing else.
        bool narrower = r && r->kind != w.kind && r->isNumeric();
        switch (w.kind) {
        case TypeKind::Bool:
            return true;
        case TypeKind::Int32:
            return narrower ? 2147483000 : 7;
        case TypeKind::Int64:
            return narrower ? int64_t(3000000010) : int64_t(42);
        case TypeKind::Float32:
            return 3.5;
        case TypeKind::Float64:
            return 3.7;
        case TypeKind::Decimal:
            return r && r->kind == TypeKind::Decimal ? decimal(w) : plainDecimal(w);
        case TypeKind::String:
            return "x";
        case TypeKind::Bytes:
            return "AQID";
        case TypeKind::Date:
            return "2024-01-31";
        case TypeKind::Timestamp:
        case TypeKind::TimestampTz:
            return "2024-01-31T12:34:56Z";
        case TypeKind::Uuid:
            return "123e4567-e89b-12d3-a456-426614174000";
        case TypeKind::JsonValue:
            return Json{{"k", 1}};
        case TypeKind::Array: {
            const DataType* re = r && r->kind == TypeKind::Array ? &r->element() : nullptr;
            return Json::array({value(w.element(), false, re, false, depth + 1)});
        }
        case TypeKind::Map: {
            const DataType* rv = r && r->kind == TypeKind::Map ? &r->mapValue() : nullptr;
            return Json{{"k", value(w.mapValue(), false, rv, false, depth + 1)}};
        }
        case TypeKind::Enum:
            return symbol(w, r);
        default:
            return Json::object();
        }
    }

    static Json plainDecimal(const DataType& w) {
        if (w.precision == 0)
            return "1.5";
        std::string text = w.precision > w.scale ? "1" : "0";
        if (w.scale > 0)
            text += "." + std::string(static_cast<size_t>(w.scale - 1), '0') + "5";
        return text;
    }

    // The largest value the writer allows: it overflows any narrower reader decimal.
    static Json decimal(const DataType& w) {
        if (w.precision == 0)
            return "12345678901234567890.123456789";
        std::string text(static_cast<size_t>(std::max(1, w.precision - w.scale)), '9');
        if (w.precision - w.scale == 0)
            text = "0";
        if (w.scale > 0)
            text += "." + std::string(static_cast<size_t>(w.scale), '9');
        return text;
    }

    // A writer symbol the reader does not know, when there is one.
    static Json symbol(const DataType& w, const DataType* r) {
        if (r && r->kind == TypeKind::Enum)
            for (const std::string& s : w.symbols)
                if (std::find(r->symbols.begin(), r->symbols.end(), s) == r->symbols.end())
                    return s;
        return w.symbols.front();
    }

    const RefResolver& m_refs;
    bool m_preferNull;
};

} // namespace

std::optional<Json> findCounterExample(const Schema& reader, const Schema& writer,
                                       const RefResolver& refs) {
    for (bool preferNull : {false, true}) {
        Json candidate = Generator(refs, preferNull).record(&reader.fields, writer.fields, 0);
        if (!validateDatum(writer, candidate, refs))
            continue;
        if (!readDatum(reader, writer, candidate, refs))
            return candidate;
    }
    return std::nullopt;
}

} // namespace strata::detail

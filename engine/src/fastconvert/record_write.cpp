// Writes a record tree in nlohmann's compact form: parts no step touched are written straight
// from the parser's elements, with their object keys sorted (and duplicates resolved to the
// last, as nlohmann does) on the way.

#include "canonical_writer.h"
#include "record_tree.h"

#include <algorithm>

namespace strata::fastconvert {

using simdjson::dom::element;
using simdjson::dom::element_type;

void RecordTree::write(const Node* node, Output& out) {
    switch (node->kind) {
    case NodeKind::Parsed: {
        const ObjectShape* guess = nullptr;
        writeParsed(node->parsed, 0, guess, out);
        return;
    }
    case NodeKind::Constant:
        if (node->constantText)
            out.append(*node->constantText);
        else
            writeJson(*node->constant, out);
        return;
    case NodeKind::Null:
        out.append("null");
        return;
    case NodeKind::Bool:
        out.append(node->boolean ? "true" : "false");
        return;
    case NodeKind::Int:
        writeInt(node->integer, out);
        return;
    case NodeKind::Uint:
        writeUint(node->unsignedInteger, out);
        return;
    case NodeKind::Double:
        writeDouble(node->number, out);
        return;
    case NodeKind::String:
        writeString(node->text, out);
        return;
    case NodeKind::Object: {
        out.put('{');
        for (size_t i = 0; i < node->members.size(); ++i) {
            const Member& member = node->members[i];
            if (i)
                out.put(',');
            if (!member.rendered.empty()) {
                out.append(member.rendered);
            } else {
                writeString(member.key, out);
                out.put(':');
            }
            write(member.value, out);
        }
        out.put('}');
        return;
    }
    case NodeKind::Array:
        out.put('[');
        for (size_t i = 0; i < node->elements.size(); ++i) {
            if (i)
                out.put(',');
            write(node->elements[i], out);
        }
        out.put(']');
        return;
    }
}

void RecordTree::writeParsed(element value, size_t depth, const ObjectShape*& guess, Output& out) {
    switch (value.type()) {
    case element_type::OBJECT: {
        // Depth stays below the parser's limit, for which m_fields is sized.
        auto& fields = m_fields[depth];
        collectFields(objectOf(value), fields);
        if (const ObjectShape* shape = m_shapes.find(fields, guess)) {
            out.put('{');
            for (size_t slot = 0; slot < shape->order.size(); ++slot) {
                if (slot)
                    out.put(',');
                out.append(shape->rendered[slot]);
                writeParsed(fields[shape->order[slot]].second, depth + 1, shape->childShapes[slot],
                            out);
            }
            out.put('}');
            return;
        }
        // more distinct shapes than the cache keeps: sort this object on its own
        bool sorted = true;
        for (size_t i = 1; i < fields.size() && sorted; ++i)
            sorted = keyLess(fields[i - 1].first, fields[i].first);
        if (!sorted)
            sortByKey(fields, [](const auto& field) { return field.first; });
        out.put('{');
        bool first = true;
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i + 1 < fields.size() && fields[i + 1].first == fields[i].first)
                continue;
            if (!first)
                out.put(',');
            first = false;
            writeString(fields[i].first, out);
            out.put(':');
            const ObjectShape* none = nullptr;
            writeParsed(fields[i].second, depth + 1, none, out);
        }
        out.put('}');
        return;
    }
    case element_type::ARRAY: {
        out.put('[');
        bool first = true;
        for (element child : arrayOf(value)) {
            if (!first)
                out.put(',');
            first = false;
            writeParsed(child, depth + 1, guess, out);
        }
        out.put(']');
        return;
    }
    case element_type::STRING:
        writeString(value.get_string().value_unsafe(), out);
        return;
    case element_type::INT64:
        writeInt(value.get_int64().value_unsafe(), out);
        return;
    case element_type::UINT64:
        writeUint(value.get_uint64().value_unsafe(), out);
        return;
    case element_type::DOUBLE:
        writeDouble(value.get_double().value_unsafe(), out);
        return;
    case element_type::BOOL:
        out.append(value.get_bool().value_unsafe() ? "true" : "false");
        return;
    case element_type::NULL_VALUE:
        out.append("null");
        return;
    }
}

} // namespace strata::fastconvert

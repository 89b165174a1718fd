#include "record_path.h"

namespace strata::detail {

std::vector<PathSegment> parseStepPath(const std::string& path) {
    std::vector<PathSegment> segments;
    size_t start = 0;
    while (start <= path.size()) {
        size_t dot = path.find('.', start);
        std::string part = path.substr(start, dot == std::string::npos ? dot : dot - start);
        PathSegment seg;
        while (part.size() >= 2 && (part.ends_with("[]") || part.ends_with("{}"))) {
            seg.suffixes.insert(seg.suffixes.begin(), part[part.size() - 2]);
            part.resize(part.size() - 2);
        }
        seg.name = std::move(part);
        segments.push_back(std::move(seg));
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return segments;
}

namespace {

// Expands a value by array/map suffixes; null or mismatched values yield nothing.
void expand(Slot slot, const std::string& suffixes, size_t level, std::vector<Slot>& out) {
    if (slot.value->is_null())
        return;
    if (level == suffixes.size()) {
        out.push_back(std::move(slot));
        return;
    }
    Json& v = *slot.value;
    if (suffixes[level] == '[' && v.is_array()) {
        for (size_t i = 0; i < v.size(); ++i)
            expand({&v[i], slot.where + "[" + std::to_string(i) + "]"}, suffixes, level + 1, out);
    } else if (suffixes[level] == '{' && v.is_object()) {
        for (auto& [key, value] : v.items())
            expand({&value, slot.where + "{" + key + "}"}, suffixes, level + 1, out);
    }
}

} // namespace

std::vector<Slot> parentObjects(Json& record, const std::vector<PathSegment>& segments) {
    std::vector<Slot> current{{&record, ""}};
    for (size_t i = 0; i + 1 < segments.size(); ++i) {
        std::vector<Slot> next;
        for (Slot& parent : current) {
            if (!parent.value->is_object())
                continue;
            auto it = parent.value->find(segments[i].name);
            if (it == parent.value->end())
                continue;
            std::string where =
                parent.where.empty() ? segments[i].name : parent.where + "." + segments[i].name;
            expand({&*it, where}, segments[i].suffixes, 0, next);
        }
        current = std::move(next);
    }
    std::erase_if(current, [](const Slot& s) { return !s.value->is_object(); });
    return current;
}

std::vector<Slot> valueSlots(Json& record, const std::vector<PathSegment>& segments) {
    std::vector<Slot> slots;
    const PathSegment& last = segments.back();
    for (Slot& parent : parentObjects(record, segments)) {
        auto it = parent.value->find(last.name);
        if (it == parent.value->end())
            continue;
        std::string where = parent.where.empty() ? last.name : parent.where + "." + last.name;
        expand({&*it, where}, last.suffixes, 0, slots);
    }
    return slots;
}

namespace {

DataType* expandType(DataType* type, const std::string& suffixes) {
    for (char s : suffixes) {
        if (s == '[' && type->kind == TypeKind::Array)
            type = &type->items[0];
        else if (s == '{' && type->kind == TypeKind::Map)
            type = &type->items[1];
        else
            return nullptr;
    }
    return type;
}

} // namespace

SchemaSlot findInSchema(Schema& schema, const std::vector<PathSegment>& segments,
                        const RefResolver& refs) {
    std::vector<Field>* fields = &schema.fields;
    for (size_t i = 0; i < segments.size(); ++i) {
        auto it = std::find_if(fields->begin(), fields->end(),
                               [&](const Field& f) { return f.name == segments[i].name; });
        if (it == fields->end())
            return {fields, nullptr, nullptr};
        DataType* type = expandType(&it->type, segments[i].suffixes);
        if (i + 1 == segments.size())
            return {fields, &*it, type};
        if (type && type->kind == TypeKind::Ref && refs) {
            const TypeVersion* target = refs(type->refTarget, type->refVersion);
            if (!target)
                return {};
            DataType inlined;
            inlined.kind = TypeKind::Struct;
            inlined.name = type->refTarget;
            inlined.fields = target->schema.fields;
            *type = std::move(inlined);
        }
        if (!type || type->kind != TypeKind::Struct)
            return {};
        fields = &type->fields;
    }
    return {};
}

} // namespace strata::detail

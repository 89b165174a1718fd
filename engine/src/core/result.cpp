#include "strata/core/result.h"

namespace strata {

const char* toString(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid argument";
    case ErrorCode::Parse:
        return "parse error";
    case ErrorCode::Schema:
        return "schema error";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::Io:
        return "i/o error";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::IllegalState:
        return "illegal state";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::Internal:
        return "internal error";
    }
    return "error";
}

} // namespace strata

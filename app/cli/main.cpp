#include "cli.h"

#include <iostream>

int main(int argc, char** argv) {
    strata::cli::Args args(argv + 1, argv + argc);
    return strata::cli::run(args, std::cout, std::cerr);
}

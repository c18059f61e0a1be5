#include "application.h"

int main(int argc, char *argv[])
{
    return Byline::runByline(argc, argv);
}

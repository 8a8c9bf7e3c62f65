#include "DesktopLaunch.h"

int main(int argc, char *argv[])
{
    return keydesk::DesktopLaunch::run(argc, argv);
}

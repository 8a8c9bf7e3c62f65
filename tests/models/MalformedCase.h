#pragma once

// A response body a codec must refuse, and a part of the problem it must name.
struct MalformedCase {
    const char *body;
    const char *problemMentions;
};

int app_symbol()
{
    return 0;
}

int ui_symbol()
{
    return 0;
}

int models_symbol()
{
    return 0;
}

# Arabic documents of German municipalities: Django's Arabic formats (dates with Arabic month
# names, decimal comma, Western digits) plus digit grouping, which Django leaves out.
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3

from openwyn.cli import main

main()

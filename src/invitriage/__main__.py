from invitriage.cli.main import main

main()

# blind27 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rachel Okafor <rachel.okafor@mailbox.example>",
         to="support@warmline-heaters.example",
         subject="Heater WL-2000 plug",
         body="""\
Hello,

We bought the WL-2000 oil heater from you three weeks ago and have been using it in my daughter's
bedroom on the medium setting overnight.

This morning the plug and the wall socket were too hot to hold. The plastic on the plug has
gone brown and slightly bubbly near the pins, and there was a smell like singed hair in the room
when I went in to wake her. The socket faceplate has a dark mark on it as well.

It has been unplugged since and is sitting in the garage. Nothing else was plugged into that
socket. What should I do with it, and do you know whether other units are affected? We have a
second one downstairs that we have now stopped using too.

Rachel Okafor
"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dan Whitcombe <danw@fastpost.example>",
         to="care@littlenest-seats.example",
         subject="Buckle on Nestguard i-Size opened while driving",
         body="""\
Driving home on the A34 yesterday I looked in the mirror and my son (2) had one arm and his
shoulder completely out of the harness. The centre buckle was open. He can't open it himself,
I've tried to get him to and he can't press it hard enough. When we stopped I clicked it back
in and it popped open again when I pulled on the straps, twice out of about five tries.

Seat is about 8 months old, never been in an accident. Serial on the sticker is NG-i-552-0913.

I've put him back in his old seat for now. I need to know today whether I can trust this seat
at all and what you're doing about it.

Dan Whitcombe
07700 900418
"""),
    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Mrs P. Langley <pat.langley@oldmail.example>",
         to="help@presto-kitchen.example",
         subject="Question about the Presto 6L lid",
         body="""\
Dear Sir or Madam,

Is it normal that the lid of the Presto 6 litre pressure cooker can be turned open while the
valve is still hissing? I thought it was meant to stay locked until the pressure had gone.

I was making a stew on Sunday and when I turned the handle it came free with a loud bang. The
stew went all over the hob and up the cupboard doors, and my grandson who was standing next to
me has a red patch on his forearm which we have been keeping under cold water and cream. He is
all right, thank goodness, but I am quite shaken.

I have not used it since. I bought it at the Harwell store in March and I still have the box
and the receipt.

Yours faithfully,
Patricia Langley
"""),
    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Kwame Mensah <k.mensah@netpost.example>",
         to="patientportal@brightsmile-dental.example",
         subject="I can see other patients in my portal",
         body="""\
Hi,

I logged into the patient portal this evening to download my X-rays for my insurer. Under
"Documents" there are about 30 files and most of them aren't mine. They have other people's
names, dates of birth, home addresses and what looks like their treatment plans and invoices.
I opened two to check and then stopped.

I'm not comfortable that my own records might be sitting in someone else's portal the same way.
Please look into this urgently and let me know what has happened.

Kwame Mensah
Patient no. BS-40721
"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sofia Marchetti <sofia@trattoria-nove.example>",
         to="support@tablepos.example",
         subject="URGENT - kitchen screens, all 3 sites",
         body="""\
Calling your line and getting nothing but hold music so writing as well.

Since about 19:10 the kitchen display screens at Clifton, Redland and the Harbourside site stop
showing new tickets. Orders go through on the tills, the receipt prints, but the kitchen never
sees them. Chefs are working off handwritten slips the waiters are running in. We have 210
covers booked tonight across the three sites and tables are already waiting 40 minutes.

Rebooted the screens and the router at Clifton, no change.

Please call me on 07700 900233 as soon as someone picks this up.

Sofia Marchetti
Operations Manager, Trattoria Nove
"""),
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Depot 14 Shift Lead <shiftlead.d14@swiftdrop-logistics.example>",
         to="itservicedesk@swiftdrop-logistics.example",
         subject="Handhelds stuck on manifest sync - Depot 14",
         body="""\
All 48 driver handhelds at Depot 14 are stuck on "Syncing manifest 0%" since 05:50.
Nobody can scan parcels onto the vans, so no van has left. First delivery window is 08:00.
Tried restarting 6 units and re-docking, same result. Depot Wi-Fi is fine, laptops work.

Need someone on this now please.

Gary Pollard
Early shift lead, Depot 14 (Thurrock)
"""),
    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Marek Zielinski <marek.z@inbox.example>",
         to="help@homefibre.example",
         subject="router orange light no internet",
         body="""\
Hello

From saturday evening the light on my router is orange and blinking, and no web page is opening
on any device, not laptop not phone not TV. I did already the restart, also pulled the cable
for 1 minute like your website says. Nothing change.

I am working from home and I must be online from 8 o clock for my job. Two days I am using the
hotspot of my phone but now my data is finish also.

Account number HF-2291804. Please can somebody check the line or send engineer.

Thank you
Marek Zielinski
"""),
    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Helen Price <h.price@moorfield-joinery.example>",
         to="support@paysheet.example",
         subject="Timesheet export only gives the header row",
         body="""\
Hi support team,

Since Monday, whenever I export approved timesheets for the pay period (Export > CSV > "All
approved"), the file downloads fine but only contains the column headers, no rows. There are
definitely 23 approved timesheets on screen for the period.

Our pay run isn't until the 25th, so it's not an emergency yet. If it isn't sorted by the 20th
I can type the hours in by hand, but I would rather not.

Company ID: MJ-0088.

Many thanks,
Helen Price
Office Manager, Moorfield Joinery
"""),
    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ian Fairbairn <ian.fairbairn@webpost.example>",
         to="customercare@northsea-ferries.example",
         subject="Re: [Case 20931] Boarding passes not loading in the app",
         body="""\
This is my third mail about it. Still exactly the same, just the spinning circle.
We sail Thursday 07:15 with the car and two kids. What do I do at the port?

Ian Fairbairn

On 4 Nov 2026, at 16:02, Northsea Ferries Customer Care wrote:
> Dear Mr Fairbairn,
>
> Thank you for letting us know that your boarding passes for booking NSF-7781204 do not load
> in the app. Our technical team is looking into this and we will update you as soon as
> possible.
>
> Kind regards,
> Customer Care
"""),
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Jordan Tate <jtate@quickmail.example>",
         to="members@ironworks-gym.example",
         subject="charged twice",
         body="""\
Hi, you've taken my membership twice this month, 2 x £39.99 on the 1st. Member no 118204.
Can you refund one please. Sent from my phone
"""),
    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Liam Brannigan <liam.brannigan@fastpost.example>",
         to="support@voltway-charging.example",
         subject="Can't pay at ANY of your chargers - stuck at services",
         body="""\
I'm at the Leigh Delamere services with 9% battery and every one of your chargers here rejects
my card. The app says "Payment method could not be authorised". Tried the contactless reader on
the unit too, same thing. The card is fine, I've just paid for a coffee with it.

I've removed the card from the app and added it again, tried my partner's card, nothing.
I have 60 miles to go and a meeting I'm now going to miss. This is absolutely ridiculous.
How am I supposed to pay you?

Account: liam.brannigan@fastpost.example
"""),
    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Margaret Ellison <m.ellison@oldmail.example>",
         to="accounts@sparrow-mobile.example",
         subject="Money still being taken after contract ended",
         body="""\
Dear Sparrow Mobile,

I am writing on behalf of my late husband, Geoffrey Ellison, who had a mobile telephone
contract with you (number 07700 900671). I telephoned your company on the 14th of August to
tell you of his passing and to cancel the contract, and the young man I spoke to was very kind
and told me that it would be closed that day. I was given the reference CX-5520183.

However, when I looked at our joint bank statement I see that £22.00 was taken by direct debit
on the 2nd of September and again on the 2nd of October. I do not think this is right, as the
telephone has not been used since he passed away.

I would be grateful if you could stop the payments and return the two amounts to our account.
I can send a copy of the death certificate if you need it. I am not very good with computers,
so a letter or a telephone call would suit me best.

Thank you for your help.

Yours sincerely,
Margaret Ellison
12 Orchard Close, Wendlebury
"""),
    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Chloe Barrington <chloe@seaviewcottages.example>",
         to="hosts@staybay-rentals.example",
         subject="October payout missing - host ID H-30917",
         body="""\
Hello,

Our October payout still hasn't arrived. The dashboard says "Paid - 1 Nov" for 11 bookings
totalling £4,380.50, but nothing has reached our business account (same account as every
month, nothing changed). Our bank says no incoming payment from you since 2 October.

We run two small cottages and that payout covers the mortgage, which goes out on the 15th.
Please can someone trace it and tell me when it will land.

Thanks,
Chloe Barrington
Seaview Cottages
"""),
    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Tomasz Nowicki <tomasz.nowicki@netpost.example>",
         to="claims@shieldwell-insurance.example",
         subject="Locked out - authenticator phone lost, claim deadline Friday",
         body="""\
Hi,

My phone went into the sea on holiday last week and that was the phone with the authenticator
app for the claims portal. I have a new phone and the same number, but the portal only offers
"enter the code from your authenticator app", no SMS or email option, so I can't get in at all.

I need to upload the repair quote for my claim CL-2026-448812 by Friday or the claim closes.
Can you reset the two-step login on my account or tell me another way to upload the documents?

Policy number SW-HH-0093312.

Thanks,
Tomasz Nowicki
"""),
    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Bernard Cole <bernie.cole@webpost.example>",
         to="library.help@eastvale-libraries.example",
         subject="Library app code",
         body="""\
Good afternoon,

Is it normal that the library app asks me for a new verification code every single time I open
it? The code is meant to come by email but it has not arrived once this week (I've checked the
junk folder), so I can't get into my account to renew my books, which are due back on Saturday.

Library card 2200 4418 907.

Regards,
Bernard Cole
"""),
    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Ana Ribeiro <ana.ribeiro@quickmail.example>",
         to="support@pedalpro-ebikes.example",
         subject="No SMS code for login",
         body="""\
Hello, I try to login in the PedalPro app but the SMS code never arrive. I press "send again"
many times. Phone number is the same as when I register. Bike is working normal, I only want to
see my service appointment. Can you help?
Ana
"""),
    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Priya Shah <priya.shah@harrowgate-care.example>",
         to="itdesk@harrowgate-care.example",
         subject="Can't get into PeopleHub since coming back",
         body="""\
Hi IT,

I came back from maternity leave on Monday and my PeopleHub login says "This account has been
disabled. Contact your administrator." My Windows and email login work fine, it's just
PeopleHub.

I need it to book the rest of my annual leave and to see my payslips. No rush for today, but
could someone reactivate it this week?

Employee number 40518, Finance team.

Thanks,
Priya
"""),
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Gemma Holt <gemma.holt@inbox.example>",
         to="hello@whiskerco-petfood.example",
         subject="Tuna Crunchies - please bring back the big bag!",
         body="""\
Hi Whisker & Co,

Just had to write - my two cats are absolutely dying for your new Tuna Crunchies. The minute they
hear the bag they go ballistic, and the older one, who normally turns his nose up at everything,
is a total convert. Honestly the flavour is a killer.

The only problem is the 2kg bag has been out of stock on your site for a month and the little
bags don't last the week. Any idea when it's coming back? I'd happily set up a subscription.

Gemma
"""),
    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Owen Pritchard <owen.pritchard@mailbox.example>",
         to="boxoffice@riverside-playhouse.example",
         subject="Changing performance - \"Fire Escape\" 14 Nov",
         body="""\
Hello box office,

I have two tickets for "Fire Escape" on Friday 14 November, evening performance, row F seats
11 and 12 (booking RP-338105). My mother can't do evenings any more, so could we move to the
Saturday matinee of the same show if there are two seats together?

I'm happy to pay any exchange fee.

Thank you,
Owen Pritchard
"""),
    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sunita Rao <sunita.rao@netpost.example>",
         to="support@heatwise-home.example",
         subject="Re: Your Heatwise thermostat showing offline",
         body="""\
Thanks for getting back to me. Yes, it reconnected on its own that afternoon and the schedule
has been running fine since. Nothing else needed from my side.

Sunita

On Tue, 3 Nov 2026 at 11:20, Heatwise Support <support@heatwise-home.example> wrote:
> Hello Sunita,
>
> We're sorry for the trouble. A server outage on 3 November between 02:00 and 05:40 caused a
> number of thermostats to show as offline in the app. Heating schedules kept running on the
> devices themselves. Everything should reconnect automatically; if yours still shows offline
> after 24 hours, please reply to this email.
>
> Best regards,
> Heatwise Support
"""),
    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="David Kerr <david.kerr@webpost.example>",
         to="sales@aerotherm-heatpumps.example",
         subject="Service plan questions before we order",
         body="""\
Hello,

We're getting quotes for an air-source heat pump and are looking at your CarePlus service plan.
Before we decide, two questions:

1. The plan is paid monthly by direct debit. What happens if a payment fails, e.g. if we change
   banks? Is the cover suspended straight away or is there a grace period?
2. Do you have any kind of guaranteed response time if the pump breaks down in the middle of
   winter? We have an elderly relative living with us, so a week without heating would be a
   problem.

Thanks in advance,
David Kerr
"""),
    dict(n=22, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Inkwell Studio <bookings@inkwell-studio.example>",
         to="orders@needlepoint-supply.example",
         subject="Password for invoice PDF?",
         body="""\
Hi, the invoice PDFs you send now ask for a password when I open them. What's the password,
is it our postcode or the account number? Accountant needs them by the end of the month.
Cheers, Mel
"""),
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Frances Doyle <f.doyle@harbour-museum.example>",
         to="support@gatekeep-ticketing.example",
         subject="Entrance scanners not reading phone tickets",
         body="""\
Hello,

Since this morning's update, the two entrance scanners at the Harbour Museum won't read
e-tickets shown on a phone screen; they beep and show "Unreadable code". Printed tickets scan
normally.

For now our front-of-house staff are typing the booking number into the desk terminal, which
works, so visitors are getting in, it just slows the queue a little. It's a quiet week, but we
have two school groups on Thursday, so we'd be grateful for a fix before then.

Site ID: HM-02.

Kind regards,
Frances Doyle
Visitor Services Manager
"""),
    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Dr Alan Moss <alan.moss@greenacre-vets.example>",
         to="support@vetdesk-software.example",
         subject="None of our staff can log in after last night's password reset",
         body="""\
Hello,

Your system forced a password reset for all users overnight. Since 07:30 not one of our 35
staff across our three clinics (Greenacre, Millbrook and Stanton) can log in. The "reset
password" emails never arrive, and the old passwords are rejected.

That means no access to appointment lists, patient histories or the drug register. We are
phoning owners to reschedule and the vets are working from memory on today's surgery list,
which is not acceptable for anaesthetics.

Please treat this as urgent and call me on 07700 900554.

Dr Alan Moss
Clinical Director, Greenacre Veterinary Group
"""),
]

# blind33 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Megan Thorpe <megan.thorpe@fastmail.example>",
         to="help@brightnest-home.example",
         subject="Smart plug in the nursery - is this normal?",
         body="""\
Hi,

Is it normal for one of your smart plugs to get so hot you can't touch it? We have three of the BrightNest Mini plugs, and the one in my son's nursery runs his night light and a small fan.

Tonight I went in at about 11 because there was a strange smell, like burning plastic. The plug was black around the pins and the casing had gone soft and bent on one side. There was a thin wisp of smoke coming out of the socket. I've switched off that circuit at the fuse box and moved the baby into our room.

The other two plugs are still in use (kitchen and hallway). Should I unplug those as well? I've kept the burnt one and taken photos if you need them. Order number BN-448120, bought in September.

Thanks,
Megan Thorpe"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Raman <priya.raman@mailbox.example>",
         to="care@mediroute-pharmacy.example",
         subject="Question about my father's prescription label",
         body="""\
Good afternoon,

I'm writing on behalf of my father, Mr Arjun Raman (date of birth 14/03/1946, patient no. MR-220917), as he doesn't use e-mail.

I'm sorry to bother you, it may well be a misunderstanding on our part. His methotrexate tablets arrived from you on Monday and the label says "Take 4 tablets DAILY". His GP's letter, and the box from his previous pharmacy, both say 4 tablets ONCE A WEEK, on Fridays.

He has been following your label, so he has now taken them four days in a row. Since yesterday he has had mouth ulcers, he feels very sick and he is much more tired than usual. He hasn't taken today's tablets yet.

Could someone please check the label against the prescription and let us know what he should do? I'm on 07700 900418 all day.

Kind regards,
Priya Raman"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dan Okafor <dan.okafor@gmail.example>",
         to="orders@pawsandwhiskers.example",
         subject="orders i didnt make??",
         body="""\
hi theres 3 orders on my account from last night that i didnt make, 2 dog beds and a £240 aquarium all going to an address in leeds. ive never even been to leeds. all paid with my saved visa. can you stop them and take my card off the account pls

Dan Okafor

Sent from my iPhone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Gareth Llewellyn <gareth@llewellyn-joinery.example>",
         to="support@hostcove.example",
         subject="URGENT - locked out of account, domain transfer I didn't request",
         body="""\
Hello,

I think our HostCove account has been hacked. At 06:12 this morning I got an email saying the account email address had been changed to a protonmail address, then another saying two-factor authentication had been turned off. I did neither. My password no longer works and the reset link goes to their address, not mine.

There is now also a pending transfer-out for llewellyn-joinery.example. If that domain goes, our website and all our email go with it.

Customer ID: HC-0093318
Domain: llewellyn-joinery.example

Please freeze the account and stop the transfer. I can prove who I am in whatever way you need.

Gareth Llewellyn
Director
Llewellyn Joinery Ltd | Bespoke kitchens since 1987
T: 01632 960552

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Llewellyn Joinery Ltd is registered in Wales, company no. 04418822."""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marco Bellini <marco@trattoriabellini.example>",
         to="support@tillpoint.example",
         subject="All tills frozen - Saturday service",
         body="""\
We are in the middle of Saturday dinner, 60 covers booked, and none of our three tablets can send orders to the kitchen or take a card. Every screen shows this:

  TillPoint POS
  Error 5021: Unable to sync with server (timeout)
  [Retry]  [Work offline]

"Work offline" just brings the same error back. The card readers say "Not paired". We have restarted the router, the tablets and the readers. Other websites load fine on the same wifi.

The waiters are writing orders on paper and we are asking guests to pay cash. Please call me NOW on 07700 900731.

Marco
Trattoria Bellini, 12 Canal Street
Merchant ID TP-55810"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Helen Ashworth <practice.manager@greenlanedental.example>",
         to="support@smilebook.example",
         subject="Appointment diary not loading - Green Lane Dental Practice (account 7731)",
         body="""\
Dear SmileBook Support,

I am writing as Practice Manager at Green Lane Dental Practice. Since approximately 8.15 this morning our appointment diary has failed to load on all six workstations in the practice. The screen shows the header and then a grey loading wheel that never completes. The online booking page for patients returns "Something went wrong".

We have four dentists and two hygienists seeing patients today, and at present we have no way of seeing who is booked in, what treatment is planned, or their medical history notes. Patients are arriving at reception and we are having to ask them why they have come in.

I would be grateful if this could be treated as a matter of urgency and if someone could telephone the practice on 0161 496 0023.

Yours faithfully,

Helen Ashworth
Practice Manager
Green Lane Dental Practice

CONFIDENTIALITY NOTICE: This e-mail may contain confidential patient information. If you are not the intended recipient, please inform the sender immediately and delete this message. Do not copy, forward or disclose its contents."""),

    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Tom Hadley <tomhadley91@outlook.example>",
         to="riders@zipp-scooters.example",
         subject="app is just a white screen",
         body="""\
Since yesterday's update the Zipp app opens to a completely white screen and nothing else. No map, no scan button, nothing. Deleted it and reinstalled twice, restarted the phone, same thing.

I use your scooters to get to work every day and I've just had to pay for a taxi. I've also got 38 minutes of ride credit sitting on the account that I can't use.

Pixel 7, Android 14, app version 5.12.0.

Tom"""),

    dict(n=8, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Aisling Byrne <aisling.byrne@eircom.example>",
         to="help@learnloom.example",
         subject="Course videos stopping halfway",
         body="""\
Hi there,

First of all, the new Excel for Accountants course is brilliant, my manager has already asked me to share my notes with the rest of the team!

Is it normal that the videos stop about halfway through? For the last few days every lesson in Modules 3 and 4 freezes at around the 6 or 7 minute mark and the spinner just keeps going round. The quizzes and the PDF handouts work fine, and Modules 1 and 2 play all the way through. I've tried Chrome and Edge on my laptop and the app on my phone.

My certificate isn't due until the end of next month so it's not the end of the world, but I can't get any further at the moment.

Many thanks,
Aisling"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Jordan Fields <jordan.fields@proton.example>",
         to="billing@pulsefit-app.example",
         subject="Charged twice for annual plan",
         body="""\
Hello,

I've been charged twice for my PulseFit Premium annual plan. Details:

- 3 Dec: £59.99, card ending 4471, "PULSEFIT*PREMIUM"
- 3 Dec: £59.99, card ending 4471, "PULSEFIT*PREMIUM"
- Account email: jordan.fields@proton.example
- Only one subscription shows in the app under Settings > Membership

Please refund the duplicate. Happy to send a screenshot of my bank statement if that helps.

Thanks,
Jordan"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Sophie Kendrick <sophie.kendrick@btinternet.example>",
         to="tenants@harbourlets.example",
         subject="Flat 4, 27 Mill Road - deposit",
         body="""\
Hi Rachel (or whoever picks this up),

I hope you're well. Just to say first that I really enjoyed living at Mill Road, the flat was lovely and the new boiler you put in last winter made such a difference. I've left the keys with the concierge as agreed and did the meter readings on the 30th (photos were in my last email).

The move itself was chaos, as these things always are. My brother's van broke down on the M6 so we ended up doing two trips in my little car, but we got there in the end!

Anyway, the main reason I'm writing: the check-out inspection was signed off with no deductions on 2 December, and I was told the £1,150 deposit would be back within 5 working days. It's now been 11 and nothing has arrived. The problem is that I need that money for the deposit on my new place, and the agent there says if it isn't paid by Friday they'll offer the flat to someone else.

Could you let me know when it's being sent, or send it today if at all possible? My bank details haven't changed.

Thanks so much,
Sophie Kendrick
07700 900264"""),

    dict(n=11, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Bill Carter <bcarter@talktalk.example>",
         to="hello@printpixie.example",
         subject="small question about my invoice",
         body="""\
Hello,

Just a small thing, nothing urgent. On my order PP-301877 (the 40 holiday prints and the canvas, which look super by the way) there's a line "Handling fee £1.20". I don't remember seeing that on the checkout page. Could you tell me what it's for? If it's normal, no problem at all.

Regards,
Bill Carter"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Katarzyna Nowak <k.nowak@onet.example>",
         to="support@gigpass.example",
         subject="Not receiving code for login",
         body="""\
Hello,

I have changed my phone number last month and now I cannot log in to my GigPass account, because the verification code is going to my old number which I don't have anymore. I tried "resend code" many times but of course nothing is coming.

In my account there are 2 tickets for the concert in Manchester on 9 January. It is still some weeks so it is not emergency, but I would like to be sure I can open them before the concert.

Old number: +44 7700 900112
New number: +44 7700 900958
Order: GP-7719-2046

Thank you for help,
Katarzyna Nowak"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Liam Doherty <liam.doherty@icloud.example>",
         to="customerservices@metrorider.example",
         subject="Account locked - can't show my season ticket",
         body="""\
Hi,

My MetroRider account has been locked after "too many attempts" and the app has logged me out. My monthly season ticket (£142, valid until 31 Dec) only exists in the app, so I can't show it to an inspector or get through the barriers.

The password reset email never arrives, not in spam either. I was turned away at the gates this morning and had to buy a day ticket to get to work, and I'll have to do the same tomorrow unless this is sorted.

Account email: liam.doherty@icloud.example
Card ending: 0932

Liam Doherty

Sent from my phone"""),

    dict(n=14, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Chloe Simmons <chloe.simmons@harwelldean.example>",
         to="customercare@littlesprout.example",
         subject="Changing the email on my account",
         body="""\
Hi,

How do I change the email address on my Little Sprout account? I set it up with my work email before going on maternity leave and I'd rather use my personal one (chloe.simmons@home.example) from now on. I can log in fine, I just can't find the option under My Details.

Thanks!
Chloe

--
Chloe Simmons | Senior Buyer | Harwell & Dean
This message and any attachments are confidential. If you are not the named recipient, please delete it and notify the sender."""),

    dict(n=15, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Jade Morrison <jademorrison@hotmail.example>",
         to="hello@velvetglow.example",
         subject="Blackout mascara - question before I order",
         body="""\
Hiya,

Thinking of ordering the Blackout Volume mascara and the Killer Queen lip kit for my sister's wedding. Two quick questions:

1. Is the Blackout one properly waterproof? My last mascara ran down my face during the speeches at a hen do and the photos were a crime scene lol
2. If the lip shade looks wrong on me can I get a refund if I've swatched it once, or only if it's unopened?

Thanks, your stuff looks amazing
Jade x

Sent from my Galaxy"""),

    dict(n=16, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Nathan Price <nathan.price@gmail.example>",
         to="support@cityhop-cars.example",
         subject="Re: Car won't unlock - booking CH-884213 [Ticket #552901]",
         body="""\
Hi Amira,

That did it, the car unlocked as soon as you reset it remotely and I'm on my way now. Thanks for the quick help!

Nathan

On Sat, 12 Dec 2026 at 09:41, Nathan Price <nathan.price@gmail.example> wrote:
> Hi, I'm standing next to the car (white Corsa, bay 3, Wharf Road car park)
> and the app says "Unlocking..." and then "Vehicle not responding". Tried
> about ten times, and the card reader on the windscreen doesn't react
> either. My booking started 10 minutes ago and I need to be somewhere at 11.
> Please help."""),

    dict(n=17, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Denise Walsh <office@stmarysprimary.example>",
         to="orders@printhaus.example",
         subject="Fire Safety Week posters - proof please",
         body="""\
Hello,

We'd like to reorder the A3 posters we had from you last year for our Fire Safety Week (order PH-20931), but with the new dates on them: 9-13 February. The wording stays the same: "Smoke? Fire? Get out, stay out, call 999!" plus the evacuation map of the school.

Could you send a proof before it goes to print? Last time the red came out a bit orange. We'd need 30 copies on 170gsm silk, delivered to the school office.

Many thanks,
Denise Walsh
School Office Manager
St Mary's C of E Primary School

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager."""),

    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Linda Pike <pikes@virginmedia.example>",
         to="service@shieldline-alarms.example",
         subject="Thank you - engineer visit last Thursday",
         body="""\
Dear Shieldline,

Just a quick note to say thank you. As you know, our alarm kept going off in the middle of the night last month, three times in one week, and the first time we were convinced someone had broken in. Graham went downstairs armed with a cricket bat! It turned out to be a faulty sensor in the conservatory.

Your engineer, Kev, came out on Thursday, replaced the sensor and the back-door contact, and showed us how to check the system log ourselves. We've had a full week of unbroken sleep since. He was polite, tidy and explained everything.

Please pass on our thanks to him.

Best wishes,
Linda Pike"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Rebecca Hale <rebecca.hale@yahoo.example>",
         to="billing@docnow.example",
         subject="RE: Charged twice for GP video consultation [Case 00418872]",
         body="""\
Thanks Ben, I can see it back on my statement now. All sorted.

One more thing while I have you: do you offer evening slots for the physiotherapy video calls, or only daytime?

Rebecca

-----Original Message-----
> From: Rebecca Hale <rebecca.hale@yahoo.example>
> Sent: 04 December 2026 19:22
> To: billing@docnow.example
> Subject: Charged twice for GP video consultation
>
> Hello, I had one video consultation on 2 December but I've been charged
> £39 twice on my credit card. Please refund the second payment."""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Owen Barker <owen@barkerandbolt.example>",
         to="sellers@tradenest.example",
         subject="Feature request - bulk shipping labels",
         body="""\
Hi TradeNest team,

Not a complaint, more of a wish list. Since the Christmas promo went live my shop has been on fire: orders are through the roof and I'm honestly drowning in them (good problem to have!).

What's killing me is printing shipping labels one at a time. It would be a lifesaver if we could:
- select 20-50 orders and print all the labels as one PDF
- mark them all as dispatched in one go
- export the list as a CSV for Royal Mail Click & Drop

Happy to beta test it. It would be a killer feature for small sellers.

Cheers,
Owen
Barker & Bolt - handmade leather goods
"Made to last, built to be used."
"""),

    dict(n=21, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Hannah Leigh <hannah.leigh.rvn@gmail.example>",
         to="info@oakfieldvets.example",
         subject="Application - Registered Veterinary Nurse (ref OV-24)",
         body="""\
Dear Hiring Manager,

Please find my CV attached for the Registered Veterinary Nurse position advertised on your website.

I have six years' experience at a busy 24-hour emergency hospital, where I triaged road traffic accidents, treated burns and poisonings and looked after the crash cart on out-of-hours shifts. I'm confident with anaesthetic monitoring, bloods and post-op care, and I'm at my best when it's all hands on deck.

To be honest, after years of night shifts I'm close to burnt out and ready for a change of pace, and Oakfield's focus on preventative care is exactly what I'm looking for. I can start in February and could come in for a working interview any day next week.

Kind regards,
Hannah Leigh RVN
07700 900337"""),

    dict(n=22, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Martin Greaves <martin.greaves@sky.example>",
         to="help@freshcrate.example",
         subject="Re: Re: Refund for box that never arrived - THIRD EMAIL",
         body="""\
This is the THIRD time I'm writing about this and I still haven't had a single reply from a human being.

Your box for 28 November never arrived. You took £54.96 for it. Your tracking page still says "Out for delivery" two weeks later. I want my money back, not "£10 credit towards your next box", and I want it this week, or I'm raising a chargeback with my bank and cancelling the subscription.

Martin Greaves
Customer no. FC-1180423

On 7 Dec 2026, at 18:03, Martin Greaves <martin.greaves@sky.example> wrote:
> Chasing this again. It's been a week. Please refund the £54.96 for the
> box that didn't arrive on 28 November.
>
> On 1 Dec 2026, at 09:15, Martin Greaves <martin.greaves@sky.example> wrote:
>> Hello, my FreshCrate box due on Friday 28 November never turned up.
>> Tracking says out for delivery. Can you refund it please?"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sandra Holt <s.holt@brennanlogistics.example>",
         to="support@payflowhr.example",
         subject="Payslip PDF export failing since this morning",
         body="""\
Hello,

Since this morning the "Export payslips (PDF)" button in PayFlow gives "Error generating document - please try again later" for the December run. It's the same for every pay group (weekly and monthly).

The pay run itself has been approved and the BACS file exported fine, so nobody's pay is affected. In the meantime I've found I can open each payslip from the employee record and print it to PDF from the browser, which works, it's just slow with 85 staff. Payslips need to go out on the 18th.

Could you take a look when you can?

Kind regards,
Sandra Holt
Payroll & HR Administrator
Brennan Logistics Ltd

Disclaimer: This email is confidential and may be legally privileged. If you are not the intended recipient you must not use, copy or disclose it; please notify us and delete it. Brennan Logistics will never ask you to change bank details by email."""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Craig Mitchell <craig.mitchell@ironworksgyms.example>",
         to="support@memberhub.example",
         subject="Members can't log in at any of our 4 clubs - turnstiles",
         body="""\
Hi,

Since about 5.30 this morning none of our members can log in to the Ironworks app. After entering their password they get "Invalid session - please sign in again" and it just loops. Password resets send a code, but the code is then rejected.

Members use the QR code in the app to get through the turnstiles, so right now staff at all four clubs (Leith, Gorgie, Portobello and Musselburgh) are letting people in by hand. That's about 1,900 check-ins on a normal weekday and the 6am classes were chaos. Staff logins on the front desk work fine, it's only the member side.

Can someone call me on 0131 496 0781 as soon as possible?

Craig Mitchell
Operations Manager, Ironworks Gyms
Account ID: MH-IRON-0042"""),
]

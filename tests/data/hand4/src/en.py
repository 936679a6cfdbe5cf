# blind5 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pennock <g.pennock@fastmail-uk.example>",
         to="help@warmhaus-appliances.example",
         subject="OFR-2000 radiator - plug issue",
         body="""\
Hi,

I bought the 2kW oil filled radiator (OFR-2000, order WH-448120) in October and have been using it in my daughter's bedroom on the medium setting.

Last night around 11 I went in because there was a smell like hot plastic / singed hair. The plug was too hot to hold and when I pulled it out the pins had gone a sort of dark brown and the face of the wall socket has a black mark round the left hole. The flex near the plug is soft and slightly bubbly. My daughter was asleep about a metre away from it.

The socket is a new one, the electrician did the whole house in spring, and nothing else we plug in there does this.

It's unplugged and out in the garage now. I don't want a replacement, I want to know whether other people have had this and what you're doing about it. Photos attached (well, I'll send them as soon as my phone uploads them).

Gareth Pennock
07700 900412"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Raman <priya.raman@inbox.example>",
         to="riders@zoomlyscoot.example",
         subject="scooter #ZS-20931 yesterday evening",
         body="""\
I'm writing on behalf of my son Arjun (19) who rented scooter ZS-20931 from the bay outside Riverside station yesterday at about 6.40pm.

He was going maybe 15 km/h down Carlton Road when the handlebar column just folded forward. He went straight over the front onto the road. He has eight stitches in his chin, two broken front teeth and his wrist is in a cast, the A&E doctor thinks it's a fracture. A bus was coming the other way, the driver stopped thankfully.

The scooter was left on the pavement there and as far as I can see from the app it's still showing as available to rent!! Please take it off the road before someone else gets on it. The latch at the bottom of the column was loose when I looked at it this morning, it wiggles by hand.

We will need a copy of the ride data and the maintenance record for that scooter. Ride ID in the app is R-7731-0456.

Priya Raman"""),

    dict(n=3, signals="safety", priority="critical", trap="medication", qt=0, reply=0,
         frm="Daniel Okafor <dokafor@mailbox.example>",
         to="pharmacy@medirx-direct.example",
         subject="WRONG TABLETS sent - mum in hospital",
         body="""\
Your repeat prescription order MRX-2025-77813 for my mother, Mrs Grace Okafor, arrived on Monday. The box says metoprolol 25mg on the outside label but the blister strips inside are 100mg. Four times the dose. We didn't notice, she's 81 and just takes what's in the dosette box.

Wednesday afternoon she collapsed in the kitchen, heart rate was 38 when the paramedics got there. She's in the cardiac ward at St Bride's now, they say she'll be ok but it was very serious.

I need someone from your pharmacy to call me today, not an email. I also want to know how a box with a 25mg label ended up with 100mg strips in it and whether other patients got the same batch. I've kept the box and all the strips.

Daniel Okafor
07700 900187"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucy Haverford <lucyhav@post.example>",
         to="support@skyhopper-travel.example",
         subject="bookings I didn't make??",
         body="""\
hello, I just got 3 confirmation emails from you for flights Bucharest -> Dubai, Dubai -> Bangkok and a hotel in Pattaya. I have not booked any of this. I have never been to any of those places.

All three were paid with the Visa ending 4417 that is saved in my SkyHopper profile, total is 2,863.40 GBP. The passenger name on the tickets is someone called "Marius Tanase". My profile email is still mine but the phone number on it has been changed to a +40 number, not mine.

I have rang my bank and they've frozen the card. Please cancel the bookings before the flight tomorrow morning and tell me how this person got into my profile. Booking refs SH-K8Q2LL, SH-K8Q2MA, SH-H55012.

Lucy"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tom Fairbairn <tom@thecrustbakery.example>",
         to="merchants@tillpoint.example",
         subject="URGENT both shops",
         body="""\
Since we opened at 7 all 4 card readers in both shops (High St and the market hall) just say "HOST UNAVAILABLE - TRY AGAIN" after you tap. Restarted them, restarted the router, tried on the 4G hotspot, same thing.

It's Saturday, the market hall is the busiest day of our week and we're turning people away because hardly anyone carries cash anymore. Already lost I'd guess 60-70 sales.

Your phone line has been engaged for 40 mins. Merchant ID 5510-2290.

Tom
The Crust Bakery"""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Mei-Lin Cho <meilin@chostudio.example>",
         to="support@pixelvault.example",
         subject="are you down?",
         body="""\
Is PixelVault down at the moment? I'm getting a 502 Bad Gateway on every page since about 2pm, both on app.pixelvault.example and the client gallery links. Tried Chrome, Firefox, my phone on mobile data.

Your status page says everything is operational which is not very helpful.

I have a client who is supposed to pick their wedding photos from the gallery this afternoon and I can't even log in to send them an alternative. Any ETA?

Mei-Lin
Cho Studio Photography"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Ravi Chaudhry <ravi.chaudhry@brightwell-analytics.example>",
         to="support@ledgerly.example",
         subject="Reports really slow",
         body="""\
Hi team,

Since yesterday's maintenance window the P&L and cashflow reports take 3-4 minutes to open, sometimes timing out altogether with "Request took too long". Before it was a couple of seconds. The rest of Ledgerly is fine, bank feeds and invoicing are normal, and if I export the raw transactions to CSV I can build what I need in Excel, so we're not stuck, just slowed down.

Company: Brightwell Analytics Ltd, account 30-114. Happens for all 3 of us who use reports.

Could you have a look when you get a chance?

Thanks,
Ravi"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Reception - Kingsmead Family Practice <reception@kingsmeadfp.example>",
         to="servicedesk@clinicore.example",
         subject="Nothing loads - patients waiting",
         body="""\
Hello,

None of the 6 PCs at our front desk or in the consulting rooms can open patient records this morning. You click on a patient and the wheel just spins, after a couple of minutes it comes back with "Unable to contact records service (code 0x51)". The appointments diary is also blank.

We have a full morning clinic, around 35 patients already in the waiting room, and the GPs can't see notes, allergies or repeat meds. We are having to send non-urgent people home.

Our IT person checked our internet and it's fine, other websites work.

Practice code K82044. Please phone us on 01632 960 551 as soon as you can.

Sandra Whitlow
Practice Manager"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Ollie Brannigan <olliebran@webmail.example>",
         to="help@northstone-bank.example",
         subject="app",
         body="""\
App won't let me do anything since yesterday night. I log in fine with my fingerprint then the home screen just shows "Something went wrong, please try later (E-2031)" instead of my accounts. Deleted and reinstalled it, same. Online banking on the laptop does the exact same thing after the login.

My rent is due today and the only way I can pay is through you, so I really need this working. Pixel 7, app version 8.14.2.

Ollie"""),

    dict(n=10, signals="payment", priority="medium", trap="vague-subject", qt=0, reply=0,
         frm="Sharon Mbeki <sharon.mbeki@homemail.example>",
         to="customercare@gardenbarn.example",
         subject="question",
         body="""\
Hi there

I ordered a set of raised beds on the 2nd (order GB-100394, £189.99). On my bank statement it has come out twice, both on the same day, both £189.99, both say GARDENBARN ONLINE. I only got one confirmation email and there is only one order showing in my account.

Can you put the second one back please? Happy to send a screenshot of the statement if needed.

Thanks
Sharon"""),

    dict(n=11, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Frederick Oyelaran <f.oyelaran@mailhub.example>",
         to="refunds@blueair-flights.example",
         subject="Refund for cancelled flight BA-PNR XR7T2K still not received (6 weeks)",
         body="""\
Dear Sir/Madam,

Our flight BX 2210 London-Lagos on 14 October was cancelled by you the day before departure. We accepted the refund option on your website the same day and got an email saying the refund of £2,146.00 for 3 passengers would be processed within 7 to 10 working days.

It is now over six weeks. Nothing has reached my credit card. I have written twice through the web form (case 558190 and 561032) and had no answer. In the meantime I had to buy new tickets with another airline to get to my father's funeral, so I am now over £4,000 out of pocket and the credit card bill is due on the 20th.

Please confirm today when the money will be sent and the transaction reference.

Yours faithfully,
Frederick Oyelaran"""),

    dict(n=12, signals="payment", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Jess <jessicaw92@freemail.example>",
         to="support@streamnest.example",
         subject="I cancelled in September",
         body="""\
hey so I cancelled my streamnest premium on 28 sept, I have the email that says "we're sorry to see you go, your plan ends 30 Sept". but you've taken 12.99 off me on 1 oct, 1 nov and 1 dec. thats 38.97 for nothing, I haven't even opened the app.

please can I have it back and make sure it actually stops this time. account email is this one.

jess"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Alan Whitcombe <alan.whitcombe@oldmill-lettings.example>",
         to="accounts@connectfibre.example",
         subject="Small query about December bill",
         body="""\
Good afternoon,

Just a small query about our latest bill (account CF-6620481). There's a new line "Paper bill handling - £1.75" which I haven't seen before. I don't mind paying it, I'm just curious what it's for, and whether it goes away if I switch to e-billing? If so please point me to where I change that.

Many thanks,
Alan Whitcombe
Old Mill Lettings"""),

    dict(n=14, signals="account", priority="high", trap="implicit", qt=0, reply=0,
         frm="Hannah Gregory <hannah@gregoryjoinery.example>",
         to="support@payrollpal.example",
         subject="Can't get the code - need to run payroll today",
         body="""\
Hello,

I got a new phone over the weekend and kept my number, but the login code text just never arrives. Tried "resend" about 10 times over the last two hours, nothing. I don't have the backup codes, I don't think I ever saved them.

I'm the only admin on our account (Gregory Joinery, employer ref 120/GJ4471) and payroll has to be submitted by 5pm today or the 7 lads don't get paid on Friday.

Is there any way to verify me some other way? I can send ID, call from the registered number, whatever you need.

Hannah Gregory
Director"""),

    dict(n=15, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Dev Mistry <dev.mistry@kestrelmail.example>",
         to="support@cloudcanvas.example",
         subject="Re: [Ticket #84112] Service disruption 3 Dec",
         body="""\
Thanks, everything's working again on our side.

While I have you - one other thing. I left Marlow Design last month and the CloudCanvas login is still on my old work address (dev@marlowdesign.example), which has been switched off. It's my personal paid account, not the company's. When I try to change the email in Settings it sends a confirmation link to the OLD address, which I can't receive, so I'm stuck. Could you move it to this address please?

Dev

On Wed, 3 Dec 2026 at 10:12, CloudCanvas Support <support@cloudcanvas.example> wrote:
> Hi Dev,
> We are currently experiencing an outage affecting file uploads and
> project loading for customers in the EU region. Our engineers are
> working on it and we will update you as soon as service is restored.
> Kind regards, Aisling - CloudCanvas Support"""),

    dict(n=16, signals="account", priority="medium", trap="context", qt=0, reply=0,
         frm="Karen Stott <k.stott@harbourvets.example>",
         to="accounts@rotamate.example",
         subject="Admin left the practice - we need control of the account",
         body="""\
Hi,

Our practice manager Phil Duggan left us at the end of November. It turns out he set up our RotaMate account under his own name and his personal email, and he was the only admin. He's not answering messages (it wasn't a friendly departure).

The rest of us can still log in and see the rota but nobody can add the two new nurses starting in January, change shifts or see the invoices.

Can you make me the owner/admin instead? I'm the clinical director and a partner in the business, happy to provide whatever proof you need (Companies House listing, a letter on headed paper, etc.).

Account: Harbour Veterinary Group, ID RM-20874.

Thanks,
Karen Stott MRCVS"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bernard Flynn <bflynn@silvermail.example>",
         to="hello@recipebox.example",
         subject="display name",
         body="""\
Hello,

When I signed up I typed my username as "bernieflynn1957" and now that's what appears on all my reviews and the comments I leave. My grandson says I can change it but I've looked under Profile and can only find my photo and email.

Where do I change the name that other people see? Ideally just "Bernard F".

Kind regards and thanks for a lovely app,
Bernard"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Amara Nwosu <amara@loopline-marketing.example>",
         to="feedback@taskforge.example",
         subject="You guys are killing it",
         body="""\
Just wanted to drop a quick note to the product team.

The new bulk-edit in Boards is a killer feature. We moved our whole campaign calendar over on Monday and the team has been on fire all week, we closed out two launches that had been dragging since October. My designers were ready to murder our old spreadsheet so this came at exactly the right time.

One tiny wish: being able to bulk-edit due dates with a relative shift ("+3 days") would be the cherry on top.

Keep it up!
Amara
Head of Ops, Loopline Marketing"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Callum Reid <callum.reid@highlandmail.example>",
         to="sales@voltpack-outdoor.example",
         subject="Voltpack 30000 - before I order",
         body="""\
Hi,

Thinking of buying the Voltpack 30000 for a two-week trip on the West Highland Way. A few questions before I order:

- How many full charges of an iPhone 15 can I realistically get out of it?
- Will it charge a Steam Deck over USB-C, and can it charge itself and a device at the same time (pass-through)?
- Does it hold its charge ok in the cold? Nights get close to freezing up there.
- Is it allowed in cabin baggage on a flight?

Cheers,
Callum"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Sophie Lindqvist <sophie.l@northgate-school.example>",
         to="support@classquill.example",
         subject="follow up on the iPad app",
         body="""\
Hi Marcus,

Just closing the loop on the issue we had last month. Since the 4.2 update went on all our iPads there have been no more crashes when the kids open a shared document, and the login loop we saw on the older iPads hasn't come back either. I've been checking with the Year 5 and 6 teachers each week and nobody has reported a problem.

So you can close our ticket. Thanks for sticking with it, and thank your developers from us.

Best wishes,
Sophie Lindqvist
Digital Learning Lead, Northgate Primary"""),

    dict(n=21, signals="-", priority="low", trap="application", qt=0, reply=0,
         frm="Tobias Adeyemi <tobias.adeyemi@careers-mail.example>",
         to="support@hostquarry.example",
         subject="Application - Site Reliability Engineer (ref SRE-114)",
         body="""\
Dear Hiring Team,

I couldn't find a separate recruitment address, so apologies if this should go elsewhere - please forward it to whoever handles the Site Reliability Engineer role advertised on your careers page.

I have spent the last four years on the infrastructure team at a payments company, where I was on the on-call rota for our card processing platform. I led the response to two major outages (one a regional data centre failure, one a bad DNS change), wrote the post-mortems, and built the alerting that cut our mean time to detect from 20 minutes to under 3. I also ran our quarterly breach and account-takeover drills with the security team.

My CV and a short write-up of one incident are attached. I'm available to start from February.

Kind regards,
Tobias Adeyemi"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Moira Galbraith <moira.galbraith@thistlemail.example>",
         to="orders@kiltandco.example",
         subject="Re: Order KC-30552 - duplicate payment",
         body="""\
That's lovely, thank you Euan. I can see the £74.50 back on my card this morning. And the scarf arrived yesterday, it's beautiful, my sister will be thrilled at Christmas.

All the best,
Moira

-----Original Message-----
From: Euan at Kilt & Co <orders@kiltandco.example>
Sent: 02 December 2026 16:05
To: Moira Galbraith
Subject: RE: Order KC-30552 - duplicate payment

> Dear Moira,
> Apologies - our checkout did charge you twice for the same order
> during a glitch on Saturday. I have refunded the duplicate charge
> of £74.50 today; it can take 3-5 days to show.
> Best regards, Euan"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="IT Office - Westbrook Academy <it@westbrookacademy.example>",
         to="support@edupath-lms.example",
         subject="Students cannot sign in - exams start 9:30",
         body="""\
Hello,

From about 8:10 this morning none of our students can sign in to EduPath with "Sign in with Microsoft". They get sent to the Microsoft page, log in fine, then come back to an EduPath page saying "Your account could not be matched (AUTH-409)". Staff accounts work, about 1,100 student accounts don't. Nothing has changed on our side, the last sync with our MIS was last night as usual.

Year 11 mock exams start at 9:30 and three of the papers are taken online in EduPath, so we have roughly 300 students sitting in the sports hall in 45 minutes who won't be able to open them.

Tenant: westbrook-acad. Please call 01632 960 778.

Gary Nolan
Network Manager, Westbrook Academy"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Nadia Farouk <nadia.farouk@quickpost.example>",
         to="support@homenest-furniture.example",
         subject="Re: Re: Refund for returned sofa - order HN-88213",
         body="""\
This is the THIRD time I'm writing. Nobody has answered either of my previous emails below. The sofa was collected by your courier on 30 October, I have the signed collection note. £1,249 is still not back on my account. That was the money for our deposit on the new flat, which we now have to pay by the 12th.

If I don't hear back by Monday I'm going to my card provider for a chargeback and to the ombudsman.

Nadia Farouk

On 20 Nov 2026, at 09:14, Nadia Farouk <nadia.farouk@quickpost.example> wrote:
> Hello again, still no refund and no reply. Can someone please tell me
> what is going on? Order HN-88213.
>
> On 7 Nov 2026, at 18:40, Nadia Farouk wrote:
>> Hi, your courier picked up the sofa (return) on 30 Oct. Your website
>> says refunds take 5 working days. Could you confirm when the £1,249
>> will be refunded? Thanks, Nadia"""),
]

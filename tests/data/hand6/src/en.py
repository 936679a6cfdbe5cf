# hand6 (blind7) -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rachel Dunmore <rachel.dunmore@inbox.example>",
         to="help@lullio.example",
         subject="parent unit - something not right",
         body="""\
Hi,

We've had the Lullio Duo monitor (order LD-448120) since October. Last night around 2am I woke up because the bedroom smelled like when you leave a plastic spatula on the hob. The parent unit was sitting on its charging cradle on my nightstand. When I picked it up it was too hot to hold, the back had gone soft and bubbly, and there's now a brown ring on the varnish where it stood. The cradle plug was warm as well.

I unplugged everything and put it on the tiles in the bathroom. The camera unit in the nursery uses the same kind of plug so I've unplugged that too, which means we have no monitor at all for a 4 month old right now.

Please tell me what to do with it, whether the camera unit could do the same thing, and whether anyone else has reported this. I have photos.

Rachel Dunmore"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tom Aldridge <tom.aldridge@fastmail.example>",
         to="riders@pedalshare.example",
         subject="bike 40917",
         body="""\
Hello, I hired bike 40917 from the dock at Millbrook Road this morning at about 7.50. Coming down Castle Hill I squeezed both levers and they went right back to the grips with almost nothing happening, the bike just kept rolling. I only stopped because I dragged my feet and steered into the kerb by the bus shelter. Scraped my palm and ripped my trousers, otherwise ok but honestly still shaking.

The thing is I had to leave it docked at the Castle Hill station because I was late for work and there was nowhere else to put it. Someone else is going to take it out. Can you lock it remotely or send someone before that happens??

Ride ref in my app is R-2291-7730.

Tom"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Fiona Leckie <fiona.leckie@homemail.example>",
         to="orders@hollowoakbrewing.example",
         subject="Your December box",
         body="""\
I'm writing about the Advent beer box from Hollow Oak Brewing, order #HOB-20931.

We kept it in the garage, which isn't warm, maybe 12 degrees. On Sunday afternoon one of the bottles (the cherry sour) went off like a gunshot. The crate was soaked and there was glass halfway across the floor. My husband was getting something out of the car and a piece caught him on the shin - three stitches at the walk-in centre.

There are still 17 bottles in that crate, including two more of the cherry ones. I'm not touching them. Are the rest likely to go the same way? What am I supposed to do with them? If a batch wasn't finished fermenting before you bottled it then surely other customers have the same box sitting in their kitchens.

I'd like a reply today please.

Fiona Leckie"""),

    dict(n=4, signals="safety", priority="critical", trap="data-exposure", qt=0, reply=0,
         frm="Daniel Okafor <d.okafor@brambleworth.example>",
         to="support@paycrest.example",
         subject="Wrong payslips in my portal",
         body="""\
Hi PayCrest team,

When I opened my employee portal this morning to download my December payslip, there was a zip file called "Dec_run_final" instead, and it contains payslips for what looks like everyone at Brambleworth Logistics - 43 PDFs. Names, home addresses, salaries, NI numbers, bank details. I closed it straight away and haven't shared it with anyone, but if I can see theirs I assume someone else can see mine.

I'm not the payroll admin, I'm a warehouse supervisor. Please take it down and tell me who else had access to it. Our HR manager is on leave until Monday so I'm contacting you directly.

Daniel Okafor
Employee ID BWL-0318"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Priya Shah <priya.shah@northgatecontact.example>",
         to="support@dialstream.example",
         subject="URGENT - platform down, 60 agents idle",
         body="""\
Your dialler platform has been down since 08:10 GMT. Agents get "Session could not be established" when they try to go Ready, and inbound calls are dropping straight to the overflow voicemail. We have 60 agents sitting idle on a utility helpline contract and our client measures us on answer times by the hour.

Your status page still shows all green, which isn't helping.

Tenant: northgate-contact-01
Please call me on 01632 960412.

Priya Shah
Operations Manager, Northgate Contact Solutions"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marco Feretti <duty.manager@harbourviewhotel.example>",
         to="service@keyvance.example",
         subject="front desk",
         body="""\
Hi, duty manager at the Harbourview Hotel, Stonehaven here.

Since around 2pm the keycard encoder won't write any cards. You put the card in, it beeps twice, the screen says "waiting for server" and then it times out. We restarted the encoder and the reception PC, same thing.

We've got a coach party of 38 arriving from 4pm and at the moment nobody new can get into their room - we're walking guests up one by one with the master key and that won't work for a coach.

Property code HVS-112. Please ring the desk on 01632 960877.

Marco"""),

    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Jenna Morrow <jenna.morrow@tutormail.example>",
         to="support@linguaverde.example",
         subject="classroom not loading",
         body="""\
Hello,

I teach the B2 evening group for Linguaverde. Since yesterday evening, when I open the virtual classroom it just loads and loads and then I get a completely white page. I've tried Chrome, Firefox, my phone and my partner's laptop, cleared cache, the lot. I'm logged in fine, I can see my profile, it's only the classroom that won't open.

My lesson is at 6pm today and all my materials and the listening files are uploaded in there, so I genuinely can't teach without it. The school office is closed on Sundays so I'm writing to you directly.

Teacher account j.morrow

Thanks,
Jenna"""),

    dict(n=8, signals="outage", priority="medium", trap="degraded", qt=0, reply=0,
         frm="Helen Fairweather <h.fairweather@kestrelanalytical.example>",
         to="support@labtrack.example",
         subject="Report generation very slow since Tuesday",
         body="""\
Hi support,

Since the update on Tuesday, generating certificate of analysis PDFs in LabTrack takes 8-12 minutes each instead of a few seconds. Everything else seems normal - sample login and results entry are fine.

For now we're exporting the raw results to Excel and formatting them by hand for the two customers who need theirs today. That works, but it eats a lot of time and we have about 40 COAs due out next week.

Could you look into it? Site: Kestrel Analytical, Unit 4. Our internal IT ticket is KA-7781 if that helps.

Regards,
Helen Fairweather
QA Lead"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Graham Pike <graham@pikelaundries.example>",
         to="support@washpoint.example",
         subject="machines wont start from the app",
         body="""\
Hi, I run 4 self service laundries in Leeds on your WashPoint system. Since about 7 this morning none of the machines start from the app. Customer picks the machine, gets a spinning wheel, then "machine not responding". Same at all four sites.

The coin slots still work on the older washers but hardly anyone carries coins anymore, I've had people standing around and walking out all morning and the Saturday rush hasn't even started yet.

Sites LDS-01 to LDS-04. Please get this sorted today.

Graham Pike"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Aoife Brennan <aoife.brennan@postbox.example>",
         to="backers@fundmosaic.example",
         subject="pledge taken twice?",
         body="""\
Hello,

I backed the "Tideline" board game campaign (backer #58821) and my card statement shows two payments of £64.00 to Fundmosaic on 3 December, same time, same reference. My account only shows one pledge.

Could you check and refund the second one please?

Thanks,
Aoife Brennan"""),

    dict(n=11, signals="payment", priority="high", trap="refund", qt=0, reply=0,
         frm="Mark Ellison <mark.ellison@webmail.example>",
         to="office@swiftcrate.example",
         subject="Still waiting",
         body="""\
This is my third email about the £750 booking deposit for our move with Swiftcrate Removals (job SC-30417).

You cancelled the job yourselves on 24 October because you didn't have a crew. Your office told me on the phone the deposit would be back in 5-7 working days. It is now December and there's nothing.

That money was meant for the deposit on our new flat. The landlord wants it by Friday or we lose the place. I need a date and a transaction reference, not another "we've passed it on to accounts".

Mark Ellison
07700 900318"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Margaret Ward <margaret.ward@homemail.example>",
         to="reception@seatondental.example",
         subject="Invoice query - Mrs Ward",
         body="""\
Dear Practice Manager,

I have received invoice 2026-1187 from Seaton Dental Care for my appointment on 19 November. It lists a porcelain crown (£520.00) on the lower left, but what I actually had done was a white filling on that tooth. The crown was discussed as an option with Mr Kaye but we decided against it for now.

The invoice also doesn't show the 10% discount for members of the practice plan, which I have been on since 2019.

Could you please send me a corrected invoice? I am happy to pay for the filling once it is right.

Kind regards,
Margaret Ward
DOB 04/03/1958"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Ben Harlow <ben.harlow@quickmail.example>",
         to="libraries@northvale.gov.example",
         subject="small question",
         body="""\
Hi, quick one - my library account shows a charge of 80p for a book I reserved in November ("Reservation fee - inter-branch"). I've paid it already, not fussed, I just didn't know reservations cost anything now. Is that new? It wasn't on the website last time I looked.

Cheers,
Ben Harlow
Card no. 2100 4471 9932"""),

    dict(n=14, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Walter Pryce <w.pryce@oldmail.example>",
         to="care@audiva.example",
         subject="Code never comes",
         body="""\
Good afternoon,

My name is Walter Pryce, I am 81 and I wear Audiva hearing aids. My grandson set up the Audiva app on my phone for me. After the phone did an update last night the app asked me to sign in again. I put in my email and password and it says a code has been sent by text message, but no text arrives. I have tried six or seven times and now it says I must wait before trying again.

Without the app I cannot change the programme for church or the television. It is stuck on one setting and I can barely hear on the telephone. My mobile number ends in 4471 and it has not changed.

Please can somebody help me.

W. Pryce"""),

    dict(n=15, signals="account", priority="medium", trap="merge", qt=0, reply=0,
         frm="Kemi Adeyemi <kemi.adeyemi@mailbox.example>",
         to="help@gigpass.example",
         subject="two accounts, tickets on the wrong one",
         body="""\
hey, so I bought 3 tickets for Saltmarsh Festival back in March with my old uni email (k.adeyemi@students.lowfield.example) and since then I've made a new account with this email. the uni address got shut down when I graduated so I cant get the password reset emails for the old account.

ticket transfers open on 10 Dec and I need to send 2 of them to my friends. can you move the tickets over or merge the two accounts into this one? order ref STM-88213-K

thanks!!
Kemi"""),

    dict(n=16, signals="account", priority="medium", trap="colleague-access", qt=0, reply=0,
         frm="Rob Haddon <rob@haddonfarm.example>",
         to="members@fernbrookdairy.example",
         subject="Access for Sandra removed?",
         body="""\
Morning,

Sandra Lowe, who does the milk records and feed orders for us, can't log into the co-op portal any more. When she tries she gets "This user is no longer linked to holding 47-221-0093". Nobody here removed her. I can still log in as the holding owner but she isn't in the user list anymore.

She needs to put in this week's collection volumes before Friday. Can you restore her access, or tell me how to add her again with the same permissions she had before?

Thanks
Rob Haddon
Haddon Farm, Fernbrook"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Tim Wardle <tim.wardle@coastalworks.example>",
         to="berths@portellerymarina.example",
         subject="Updating contact details",
         body="""\
Hello,

I keep a berth at Port Ellery (pontoon C, berth 14, the "Curlew"). I've got a new personal email and I'd like the renewal notices and the berth app to use it - wardle.t@postbox.example - instead of my work address.

Is that something I can change myself in the app? I looked under Profile but only see my phone number and the boat details. No hurry at all.

Regards,
Tim Wardle"""),

    dict(n=18, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Louise Carver <louise.carver@brightmail.example>",
         to="enquiries@lisboalingua.example",
         subject="Crash course in Portuguese?",
         body="""\
Hi there,

I'm flying to Lisbon for work in March and a colleague recommended your two-week crash course. A few questions before I sign up:

- Is it fully online or are there in-person sessions in Bristol?
- If my trip gets cancelled and I have to drop out, do I get money back or is it a credit for a later course?
- Is there a placement test? I've done a bit on an app but I'm basically a beginner.

Thanks,
Louise Carver"""),

    dict(n=19, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Steve Rourke <steve.rourke@netmail.example>",
         to="customercare@summitcamp.example",
         subject="Feedback on delivery",
         body="""\
Not really a complaint about you so much as your courier.

My camping chairs (order CG-55019) were due last Tuesday and came yesterday instead. That's fine, I don't need them until spring. But the driver was properly rude. He didn't ring the bell, he chucked the box over the side gate into the garden, and when I came out and asked him about it he said "not my problem mate" and drove off.

Box is a bit dented, chairs are fine. Might be worth passing on to whoever you use for deliveries.

Steve"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Naomi Fletcher <naomi.fletcher@familymail.example>",
         to="support@lakesbreaks.example",
         subject="All good now",
         body="""\
Hi Chloe,

Just closing the loop on my ticket from November about the hotel booking that was charged twice - the second £212 came back onto my card yesterday, so it's all sorted. Thanks for chasing the hotel for me, I know it took a few goes.

While I'm here: the stay itself at the Lakeside Lodge was lovely, the kids haven't stopped talking about the pool. We'll probably book again for Easter.

Best,
Naomi Fletcher
Booking ref TRV-771203"""),

    dict(n=21, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Aaron Mistry <aaron.mistry@careermail.example>",
         to="careers@helpwell.example",
         subject="Application - Support Engineer (ref SE-114)",
         body="""\
Dear Hiring Team,

Please find attached my CV for the Support Engineer role advertised on your careers page.

For the last four years I've worked on the service desk at Corvane Health, where I handled account lockouts and password resets and was first response for outages and data breach reports across roughly 2,000 staff. After a ransomware scare at a sister trust I helped rewrite our incident runbooks, and I'm comfortable working an on-call rota.

I can start in February and I'm happy to do a technical interview whenever suits you.

Kind regards,
Aaron Mistry"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Jo Pennant <jo@fernleighcamping.example>",
         to="support@pitchbook.example",
         subject="Re: Booking page not loading",
         body="""\
Thanks Lars, it's working again on our end and we've had three bookings come through this afternoon already. Appreciate the quick turnaround and the explanation about the certificate.

Have a good weekend,
Jo

On Thu, 3 Dec 2026 at 09:14, Lars Eklund <support@pitchbook.example> wrote:
> Hi Jo, thanks for letting us know. We can see the problem and the team is
> working on it now, I'll update you as soon as it's fixed.
>
> On Thu, 3 Dec 2026 at 08:02, Jo Pennant <jo@fernleighcamping.example> wrote:
>> Our booking page has been down since last night. Guests get "connection
>> not secure" and nobody can book a pitch. Can you look at it urgently?"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Sunita Rao <s.rao@harrowgate.ac.example>",
         to="support@shelfwise.example",
         subject="Students can't sign in - exam week",
         body="""\
Hi,

Since about 9 this morning none of our students can sign in to Shelfwise. They click "Log in with your institution", enter their university details, and get bounced back to your login page with "Authentication response invalid". Staff accounts have the same problem - I've tested with three accounts including my own.

This is the first week of exams at Harrowgate and the core reading for around 4,000 students sits behind this. The library desk has had a queue since it opened. Our IT say nothing has changed on our identity provider.

Institution ID HGU-0041. Please treat as urgent.

Dr Sunita Rao
E-Resources Librarian, Harrowgate University"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ellis Pritchard <ellis@cwmuchaf.example>",
         to="accounts@borderlandmart.example",
         subject="RE: Payout - sale 14 Nov, lots 212-241",
         body="""\
Still nothing. Your email below says 3-5 working days and that was on the 25th. It's now the 9th.

I've got wages to pay on Friday and the feed merchant won't drop another load until he's been paid. Other people who sold at the same sale had their money weeks ago.

Please ring me today, 07700 900562.

Ellis Pritchard
Cwm Uchaf Farm

-----Original Message-----
From: Accounts <accounts@borderlandmart.example>
Sent: 25 November 2026 11:40
To: Ellis Pritchard
Subject: RE: Payout - sale 14 Nov, lots 212-241

> Hello Mr Pritchard,
> Apologies for the delay. Your payout of £4,318.60 for lots 212-241 has
> now been released and should reach your account within 3-5 working days.
> Regards, Accounts Team"""),
]

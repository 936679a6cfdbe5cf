# blind4 fresh set -- English (en), 24 hand-written customer-support e-mails.
# Written blind (no look at the triage tool, its rules or the other corpora).
# Plan: 1-4 safety (critical; 1, 2 told by event only; 3 data security),
# 5-9 outage, 10-13 payment, 14-17 account, 18-22 hard negatives (gold '-', low;
# 22 is a reply quoting an alarming word), 23-24 context rows.
# Quoted traps: 11 (payment, quotes "outage"), 22 (thanks, quotes "account locked").
# trap: "implicit" = told by what happened, without the obvious keyword.
# All names, companies, addresses and numbers are invented; domains are *.example.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Margaret Oyelaran <m.oyelaran@hollybankcare.example>",
         to="service@ascendo-lifts.example",
         subject="Stairlift at Hollybank House - need an engineer TODAY",
         body="""\
Hello,

I'm the deputy manager at Hollybank House care home (account HB-2291, the curved Ascendo 700 on the main staircase).

This morning at about 7.40 one of our residents, Mrs P (89), was being taken down on the stairlift by a carer. Her slipper came off and her foot got pulled in between the footrest and the second step. The chair did not stop. It carried on down and only stopped when my colleague hit the red switch on the wall. We had to unscrew the footrest to get her foot out. She has gone to A&E in an ambulance and they are X-raying her ankle now.

I was told when it was installed that the footrest has a sensor that stops the chair if it touches anything. It clearly didn't. We've taped the chair off and put a sign up, nobody is using it, but that means three residents upstairs can't get down for meals.

Please send someone today, and tell me what you need from us to report this formally.

Margaret Oyelaran
Deputy Manager, Hollybank House"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dan Whitcombe <danwhitcombe@fastpost.example>",
         to="help@kettlebyhome.example",
         subject="lid came off pressure cooker",
         body="""\
hi, bought the Kettleby PrimeCook 6L in october. tonight was doing a beef stew, the float valve was still up and the pressure indicator was showing red and the lid just twisted itself round and came off. the whole lot went up the wall and over the ceiling. my son (11) was at the counter about a metre away, he got it down his arm and neck, we've had it under the cold tap for 20 mins and we're going to out of hours now.

I did NOT open it, nobody touched it. the locking pin looks bent.

what do i do with the cooker, keep it for you?? got photos if you want them
Dan

Sent from my iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Priya Natarajan <p.natarajan@copperleafdental.example>",
         to="support@ledgerlypayroll.example",
         subject="We've received another company's payroll file",
         body="""\
Hi Ledgerly team,

This morning our finance inbox got the usual automated "Your payroll export is ready" email, but the CSV attached to it isn't ours. It belongs to a company called Harrowgate Joinery Ltd: 63 employees, with full names, home addresses, NI numbers, sort codes and account numbers, and their November net pay.

We haven't done anything with it beyond checking what it was, and it hasn't been forwarded. I've moved it to a restricted folder. But this obviously means someone else may have received OUR export (41 staff), and I need to know where it went before I speak to our staff and decide whether we have to report it to the ICO.

Please treat this as urgent and confirm:
1. who received our file
2. when this started (was it only the 30 Nov run?)
3. what you want us to do with theirs - delete it or send it back?

Priya Natarajan
Finance Manager, Copperleaf Dental Group"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Hannah Greaves <hannah.greaves@lanternmail.example>",
         to="customercare@nestling-baby.example",
         subject="Harness buckle on Nestling Orbit car seat opens by itself - safety issue",
         body="""\
To whom it may concern,

I'm writing about our Nestling Orbit i-Size car seat (serial ORB-4471-0923, bought from your website in June).

Twice in the last week the harness buckle has come undone on its own while I was driving. The second time was on the motorway yesterday. My daughter (3) said "mummy my straps are off", and when I pulled over both tongues were out of the buckle. I've tested it at home since: very light pressure on the top edge of the red button, even a coat sleeve brushing it, and it opens. Our other Nestling seat needs a proper thumb press.

This is a serious safety problem and I'm worried other parents have the same fault without knowing it. I've stopped using the seat. Can you tell me whether there is a known issue with this batch, and arrange a replacement?

Kind regards,
Hannah Greaves"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tom Achterberg <tom.a@riverbendvets.example>",
         to="support@pawsystem.example",
         subject="All four branches - diary won't open",
         body="""\
Hi,

Since we opened at 8 none of our four branches (Riverbend Vets Ashford, Kennington, Wye and Charing) can get past the spinning wheel in PawSystem. Logging in works and the home page loads, but as soon as you click Diary or Patient Records it just sits there and then says "Request timed out".

We've restarted the PCs and the router at Ashford and tried Chrome and Edge, same everywhere. Reception are booking on paper, and the vets can't see patient histories or the controlled drugs register for this morning's ops. We have 11 operations booked across the group today.

Can someone call me back asap on the number on our account?

Tom Achterberg
Practice Manager, Riverbend Veterinary Group"""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Gareth Pryce <gareth@pryceprint.example>",
         to="help@proofpress.example",
         subject="uploads stuck at 0%",
         body="""\
Since about 3pm yesterday every file our customers upload on our storefront sits at 0% and then vanishes. Tried it myself with a 2MB PDF, same thing, also from my phone on 4G so its not our wifi.

Thats the only way web orders come in for us, so we havent had a single one for a full day now and I've got 3 customers ringing asking why their artwork won't go through. Can you look at it please. Shop ID 55820.

Gareth
Pryce Print & Copy"""),

    dict(n=7, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Colin Waverley <c.waverley@postbox.example>",
         to="care@northlinkfibre.example",
         subject="Broadband unusable every evening",
         body="""\
Good evening,

For about a fortnight the broadband has been almost unusable every evening. From roughly 8pm until after 11 a speed test shows 0.4 to 0.9 Mbps download (I pay for 150), and video calls to my daughter in Australia freeze and cut out. During the day it is perfectly fine, 140-odd.

I have done the usual things: restarted the router, plugged the laptop in with a cable, no difference. The neighbours two doors down are with you as well and say theirs is the same.

Account number NLF-30077812. Is there work going on in the area? I would appreciate someone looking into it.

Yours sincerely,
Colin Waverley"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Shauna Kerrigan <shauna@theforgevenue.example>",
         to="live-support@gatepass.example",
         subject="URGENT doors at 7 - handsets rejecting every ticket",
         body="""\
Need someone on this NOW please.

Doors at The Forge are at 7 tonight, sold out, 2,100 tickets. Since 5.15 all 12 of our scanning handsets show "Event not found - sync" and reject valid tickets, including the staff test tickets that scanned fine this morning. Logged out and in, wiped one handset completely, same. The box office laptop can see the event and the ticket list fine in the browser.

If this isn't sorted in the next hour we're checking 2,000 people against a printed list by hand, in the rain. Event ID GP-77310, my mobile is on the account.

Shauna
Operations, The Forge"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Ravi Menon <ravi@tallyfox.example>",
         to="api-support@routewise.example",
         subject="Geocoding API down since 06:10 UTC",
         body="""\
Hi,

Your geocoding API has been down for us since 06:10 UTC. Every request to /v2/geocode returns 503 Service Unavailable, with and without the batch flag. The status page still shows everything green.

Our route planner can't place any new addresses, so we can't take any orders into it today. Key ending ...f91c, account tallyfox-prod. Example request id from the response header: rw-req-8c1e02ab77.

Thanks
Ravi"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Kelly Ashworth <kellyash88@mailbox.example>",
         to="bookings@wheelhousehire.example",
         subject="Deposit taken TWICE - need it back",
         body="""\
hi i picked up a car from your Stansted desk on friday (booking WH-664019) and the guy said the 450 pound deposit would just be a hold on my card. my banking app shows TWO payments of 450 not a hold, both completed, from Wheelhouse Car Hire. thats 900 gone out of my account and my rent goes out on the 1st and i cant cover it now.

ive brought the car back this morning, no damage, the lady checked it over.

please refund at least one of them today, i really need this sorted
kelly"""),

    dict(n=11, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Andrew Feltham <afeltham@fenwoodlaw.example>",
         to="refunds@staylark.example",
         subject="Re: Your refund for booking SL-2039-KL",
         body="""\
Hello,

It is now 23 days since the email below and nothing has arrived on my Amex. The booking was cancelled well inside the free cancellation window. Could you give me a transaction reference that I can take to Amex, please?

Andrew Feltham

On 12 Nov 2026, at 09:14, StayLark Refunds <refunds@staylark.example> wrote:
> Dear Andrew,
>
> Thank you for your patience. Due to a system outage on our payments platform earlier this month, some refunds were delayed. Your refund of GBP 318.40 has now been issued and should reach your card within 5-10 working days.
>
> Kind regards,
> StayLark Guest Services"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Imogen Lacey <imogen.lacey@quickmail.example>",
         to="billing@pulsefit.example",
         subject="Still being charged after cancelling",
         body="""\
Hi

I cancelled PulseFit Premium on 2 October in the app (I have a screenshot of the "Your subscription ends on 14 Oct" screen). Since then I've been charged 14.99 on 14 Nov and again on 14 Dec.

Please refund both and make sure it is actually cancelled this time. The email on the account is this one.

Thanks,
Imogen"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Bernard Okafor <b.okafor@homeline.example>",
         to="accounts@brightwaterenergy.example",
         subject="Changing the date of my direct debit",
         body="""\
Hi there, quick question. My Direct Debit comes out on the 3rd of each month but I get paid on the 20th now I've changed jobs. Is that something I can change myself in the online account or do I need to ring? Customer ref BW-118820. Thanks, Bernard"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Lukasz Wrona <lwrona@speedpost.example>",
         to="support@coinmeridian.example",
         subject="Can't log in - SMS code never arrives",
         body="""\
Hello,
I changed phones last week (same number) and since then the login SMS code never arrives. I've tried maybe 15 times over 3 days, "resend code" just says sent. Other texts arrive fine, bank etc. I never set up the authenticator app, only SMS.

I can't get into my account at all and I have about 6k in there. Username lwrona_88. I can send ID, whatever you need, just please get me back in.
Lukasz"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sarah Quigley <sarah.quigley@tillmanarch.example>",
         to="accounts@draftboard.example",
         subject="Transfer a leaver's seat and files",
         body="""\
Hello,

One of our architects, James Holloway (j.holloway@tillmanarch.example), left the practice on Friday. His DraftBoard seat is still active and all the drawings for two live projects (Marsh Lane and the Orchard School extension) are in his personal workspace.

I'm the account admin, but I can't see into his workspace and I'd rather not reset his password and log in as him. Could you move his projects into our shared team space and reassign his seat to our new starter, Ewa Brodzka (e.brodzka@tillmanarch.example), who begins on Monday?

Many thanks,
Sarah Quigley
Office Manager, Tillman Architects"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Femi Adeyemi <femi.adeyemi@inboxly.example>",
         to="itservice@castlegate-uni.example",
         subject="alumni login email will stop working in January",
         body="""\
Hi IT,

I graduated in the summer and according to the letter my student email (f.adeyemi2021@students.castlegate-uni.example) gets shut down on 31 January. Problem is that's also my username for the alumni portal, where my transcript and degree certificate downloads are. I can still get in for now.

I tried changing it under Profile but the email field is greyed out. Can you switch my login to this address? Student no. 2109934.

Cheers
Femi"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Joan Pettifer <joanpettifer@oldtown.example>",
         to="onlinehelp@wellcarepharmacy.example",
         subject="how to close online account",
         body="""\
Dear Sir/Madam
I would like to close my online account with Wellcare please as I now get my prescriptions from the surgery dispensary. Could you tell me how I do this, I cannot find a button for it. Also does it delete my details.
Thank you
Joan Pettifer (Mrs)"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Natalie Brooks <nat@brooksandbloom.example>",
         to="feedback@cardcraft.example",
         subject="Your new template editor is killer",
         body="""\
Hey CardCraft team!

Just wanted to say the new template editor is an absolute killer. Our Christmas card range blew up on Instagram last week and orders exploded, 340 in two days, and the editor didn't break a sweat. Last year I was dead on my feet doing proofs by hand until 2am. This year I was in bed by ten.

Anyway, keep it up, you're smashing it. If you ever want a case study, we're your people.

Nat x
Brooks & Bloom Stationery"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Martin Esterhuizen <m.esterhuizen@corvalis.example>",
         to="reservations@harbourlighthotels.example",
         subject="EV charging and the locked-in rate",
         body="""\
Hello,

Two questions before I book three nights at your Plymouth hotel in February:

1) Can I charge my car there? It's a Kia EV6. Is there a charge for using the chargers, or is it included with parking?
2) The website says the "Advance Saver" is a locked-in rate. Does that mean it is non-refundable, or only that the price won't go up if I change the dates?

Thanks,
Martin"""),

    dict(n=20, signals="-", priority="low", trap="injury-aside", qt=0, reply=1,
         frm="Owen Thackeray <owen.thackeray@fellside.example>",
         to="orders@loomandlatch.example",
         subject="Re: Your order 40021 - colour choice",
         body="""\
Hi Beth,

Sorry for the slow reply. I came off my mountain bike last weekend and my right arm has been in a sling since, so typing is painfully slow (literally). Nothing serious, it's healing fine.

To answer your question: yes, go with the slate grey instead of the charcoal, that's fine. No rush on delivery.

Owen"""),

    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Resilient Ops Events <events@resilientops.example>",
         to="support@gatepass.example",
         subject="Webinar invite: what 2026's biggest outages and breaches taught us",
         body="""\
Hi there,

When a major payments provider went down for nine hours this spring, thousands of merchants couldn't take a single card. Weeks later a ransomware attack froze a logistics firm's systems and leaked two million customer records.

Join our free 45-minute webinar on Thursday 17 December, 14:00 GMT: "When everything goes down: incident response lessons from 2026". You'll learn:
- how to write a status page update your customers actually trust
- what regulators expect in the first 72 hours after a data breach
- why your on-call rota might be burning out your best engineers

Reserve your place: resilientops.example/webinar-dec

You are receiving this because you attended a previous Resilient Ops event. Unsubscribe: resilientops.example/unsub"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Gwen Pritchard <gwen.pritchard@valleymail.example>",
         to="help@bookwyrm.example",
         subject="Re: Your Bookwyrm account has been unlocked",
         body="""\
Yes that's done it, I'm back in and all my books are there. Thank you Rashid, you've been very patient with me!

Gwen

On Tue, 8 Dec 2026 at 16:02, Rashid at Bookwyrm <help@bookwyrm.example> wrote:
> Hi Gwen,
>
> Your account was locked after several unsuccessful sign-in attempts. I've unlocked it and sent a password reset link to this address. If you still can't log in, just reply to this email.
>
> Rashid
> Bookwyrm Support"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Deepa Raman <deepa@kilnandcraft.example>",
         to="sellers@makersmarket.example",
         subject="can't add photos from the app since the update",
         body="""\
hiya, since the app updated on Tuesday I can't add photos to my listings from my phone. it gets to "processing..." and then says something went wrong. the desktop site works fine so I'm doing them on the laptop for now, which is a pain as all my photos are on my phone. Android 14, Pixel 7, shop is KilnAndCraft. not urgent urgent but would be nice to have it back before the Christmas rush!"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Dr Helen Marsh <h.marsh@northgate-uni.example>",
         to="enterprise-support@examsentry.example",
         subject="P1 incident - students cannot start exams (Enterprise SLA)",
         body="""\
ExamSentry Enterprise Support,

I am raising a Priority 1 incident under our Enterprise Agreement (contract NU-ENT-2024-07, Schedule 3: P1 response within 30 minutes, 24/7).

Since 09:00 GMT today, students starting online exams through ExamSentry get stuck at the identity check ("Verifying your camera...") and never reach the paper. This is the first day of our winter resit window: 1,400 students are timetabled today across 38 exams, and roughly 600 have already been unable to start. Invigilators are logging every case.

We need (a) a named engineer on a call within the SLA window, (b) an estimate for a fix, and (c) written confirmation of the incident times for our Academic Registry, as affected students will need to apply for mitigating circumstances.

Dr Helen Marsh
Head of Digital Assessment, Northgate University"""),
]

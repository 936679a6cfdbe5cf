# blind20 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Ramaswamy <priya.ramaswamy@mailbox.example>",
         to="help@roamcase.example",
         subject="Question about the charging pocket on my carry-on",
         body="""\
Hi,

Quick question about my Roamcase Carry-On 55, the one with the power bank
built into the front pocket.

Is it normal that the battery pocket gets too hot to keep my hand on after
about twenty minutes of charging my phone? Last night in the hotel it also
started making a faint hissing noise, and there was a sharp chemical smell,
a bit like nail varnish remover. This morning the fabric over the pocket is
bulging and the zip won't close over it any more.

I've unplugged everything and put the case out on the balcony for now. I'm
flying home on Thursday - can I take it on the plane like this, and what am
I supposed to do with the battery?

Order number RC-448120.

Thanks,
Priya"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Daniel Okafor <d.okafor@postbox.example>",
         to="orders@crumbandcare.example",
         subject="Order CC-20931 - the \"nut-free\" brownie box",
         body="""\
Hello,

We ordered the nut-free brownie box (order CC-20931) for our son's sixth
birthday. He can't have peanuts or tree nuts, and yours was the only shop we
trusted for this.

He had two bites on Saturday afternoon. Within about ten minutes his lips
were swelling, red raised blotches were spreading from his mouth down his
neck, he started coughing and then he was sick twice. We used his adrenaline
pen and drove him to the children's hospital, where they kept him overnight.
He is home now and tired.

The box has a "nut-free" sticker on the lid, but the printed label on the
bottom lists "hazelnut praline". Photos of both labels and the batch code
(B-0412) are attached.

Please tell us today whether other boxes from this batch went out to other
families, and call me on 07700 900412.

Daniel Okafor"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Megan Holt <megan.holt@fastpost.example>",
         to="support@kickback-cashback.example",
         subject="Someone is in my Kickback account and took my balance",
         body="""\
I can't log in any more - my password is rejected and the reset link goes to
an address I've never seen (m.h0lt88@...). At 03:12 last night I got a text
saying my cashback balance of GBP 212.40 was withdrawn to a bank account
ending 7731. That is not my account and I didn't request it.

Please freeze the account and stop the payout if it isn't too late. I've
already changed the password on my e-mail.

Member ID KB-5520917
Megan Holt"""),

    dict(n=4, signals="safety", priority="critical", trap="device", qt=0, reply=0,
         frm="Carol Whitfield <carol.whitfield@homemail.example>",
         to="care@guardianwrist.example",
         subject="Mum's alarm watch - nobody answered when she pressed the button",
         body="""\
To whoever handles these things,

My mother, 84, wears your GuardianWrist S2 (device ID GW2-009183). On
Tuesday evening she fell in her bathroom and pressed the SOS button. The
watch vibrated and the screen said "Call connected", but nobody spoke and
nobody called me or the ambulance. She lay on the floor for almost two hours
until her neighbour heard her calling. She has a cracked wrist and is very
shaken.

I pay for this service precisely for this emergency. I need to know what
happened to that call, whether other watches are affected, and whether it is
safe for her to keep relying on it tonight. Please ring me on 01632 960377.

Carol Whitfield"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Gareth Pryce <gareth.pryce@valleymeals.example>",
         to="support@routewise.example",
         subject="Drivers have no routes - 140 hot lunches waiting in the vans",
         body="""\
Hello RouteWise,

Since about 06:40 this morning every driver's tablet shows an empty route
list. The vans are loaded with 140 hot lunches and none of our eleven drivers
knows which addresses to go to, because the client list only lives in your
app. Logging out and in again just brings back the same empty screen.

Many of our clients are over 85 and this is the one hot meal they get today.
We've started phoning round from the office and writing addresses on paper
for the drivers, but we cannot get through all of them before midday.

Account: Valley Community Meals, org ID 3309.
Please call me on 01632 960518 the moment you see this.

Gareth Pryce
Operations, Valley Community Meals"""),

    dict(n=6, signals="outage,account", priority="high", trap="effect", qt=0, reply=0,
         frm="Kenji Aldridge <kenji@ironlotusdojo.example>",
         to="help@dojodesk.example",
         subject="None of our instructors can get into DojoDesk",
         body="""\
Hi team,

Since your update last night, none of our nine instructors at either dojo
can get into the instructor app. After the password it asks for the SMS
code, the code never arrives, and after three tries it says "Please try again
later". I've tried it on my own phone and on the front-desk iPad - same.

That means we can't take attendance, record belt gradings or see who has
paid for this month. Tonight at 6pm we have the junior grading for 35 kids
and their parents will want the certificates.

School: Iron Lotus Dojo (two locations), admin account kenji@ironlotusdojo.example

Kenji"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Tomas Reilly <tomas.reilly@inboxly.example>",
         to="support@linguaroo.example",
         subject="Loading screen since Tuesday",
         body="""\
Hi,

Is it normal that Linguaroo just sits on the loading screen with the bouncing
kangaroo and never gets to my lessons? It's been like that since Tuesday.
I've reinstalled it twice, tried wifi and mobile data, and on my laptop the
lesson page stays blank as well.

My Italian B1 exam is next Friday and I'm paying for Premium exactly so I can
do the mock tests this week.

Username: tomasr_91

Thanks,
Tomas"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Shona McBride <shona@mcbridemotors.example>",
         to="dealers@autoswapuk.example",
         subject="Photo uploads failing on dealer listings",
         body="""\
Hello,

Since yesterday afternoon photo uploads on our dealer listings keep failing -
the progress bar gets to about 90% and then says "Upload failed, please try
again". Text edits and price changes save fine, and the listings are live, so
we can still add cars, just without pictures (and nobody clicks a used car
with no photos).

We've got six part-exchanges to list before the weekend. Dealer ID AS-1187.

Thanks,
Shona McBride
McBride Motors"""),

    dict(n=9, signals="outage", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Dr Helen Marsh <h.marsh@northgatediabetes.example>",
         to="clinical-support@glucolink.example",
         subject="URGENT: GlucoLink clinic portal down since 07:00",
         body="""\
Good morning,

The GlucoLink clinic portal has been down since about 07:00 - every page
returns "503 Service Unavailable", for all six clinicians, on three different
networks. We have 38 patients booked for remote sensor reviews today and we
cannot see any of their readings or reports. Reception is phoning patients to
move appointments.

Clinic ID: NG-0071
Contact: 01632 960244 (clinic office)

Is there an outage on your side and do you have an ETA?

Dr Helen Marsh
Northgate Diabetes Clinic"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Oliver Brennan <oliver.brennan@postmail.example>",
         to="members@cellarbox.example",
         subject="Charged twice for March case",
         body="""\
Hello,

My card was charged twice for the March mixed case - two payments of
GBP 64.90 on 4 March, both showing "CELLARBOX SUBS". I only received one
case (which was lovely, by the way). Could you refund the second charge?

Membership no. CB-30418

Thanks,
Oliver"""),

    dict(n=11, signals="payment", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Lucia Ferrer <lucia.ferrer@unimail.example>",
         to="help@shiftstudent.example",
         subject="My pay for February hasn't arrived - rent due Friday",
         body="""\
Hi,

I worked five shifts at the Harbourside Cafe through ShiftStudent in February
(43 hours in total, all approved by the manager in the app). The payout of
GBP 480.35 was supposed to arrive on Monday, but the app says "Payout failed -
contact support" and nothing has reached my bank.

My bank details haven't changed since January, when the payout worked fine.
My rent is due on Friday and my landlord already gave me one extra week last
month, so I really need this money this week. Perdon por la prisa, pero de
verdad no tengo otro dinero para el alquiler.

Worker ID: SS-77104
Phone: 07700 900733

Lucia Ferrer"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Richard Ashby <r.ashby@ashbyplumbing.example>",
         to="customers@driveleaseportal.example",
         subject="Lease agreement DL-558201 - a few things",
         body="""\
Hello,

A few things about our lease on the Transit Custom (agreement DL-558201),
in no particular order.

First, thanks for arranging the service booking at the Leeds dealer so
quickly last month, the van was back the same afternoon. Second, could you
confirm the date for the next MOT? The portal says June but the sticker in
the windscreen says May. Third, we're thinking about adding a second van
later in the year, so if you could send over current rates for a 36-month
lease on a similar model that would be useful.

Also, the invoice for March (INV-2291876) has an "excess mileage" charge of
GBP 318.60 on it. We're nowhere near our allowance - the odometer reading we
sent on 28 Feb was 21,412 miles against an allowance of 30,000 a year, and
we're in year two. I think someone has used the wrong reading or the wrong
agreement. Could you correct the invoice before the direct debit goes out on
the 15th?

Photo of the odometer attached.

Best regards,
Richard Ashby
Ashby Plumbing & Heating"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Amy Lindqvist <amy.lindqvist@inboxly.example>",
         to="hello@giftgrid.example",
         subject="What is the 0.99 service fee?",
         body="""\
Hi! Just curious - there's a GBP 0.99 "service fee" on my receipt for the
GBP 50 spa gift card I bought yesterday (order GG-118845). What's it for? No
problem paying it, I just didn't see it mentioned anywhere. Thanks, Amy"""),

    dict(n=14, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Hannah Pike <hannah.pike@homemail.example>",
         to="care@greengrocerbox.example",
         subject="Re: Substitutions in this week's box",
         body="""\
Thanks for letting me know, substitutions are fine.

Unrelated, though: I can't get into my account to check what's coming. It
says "Account locked - too many sign-in attempts" and the unlock e-mail you
send never arrives (checked spam too). I need to confirm Saturday's delivery
slot by tomorrow night. Account e-mail is this one.

Hannah

On Mon, 10 Mar at 09:14, GreenGrocer Box <care@greengrocerbox.example> wrote:
> Dear Hannah,
> Due to a supplier outage at our Kent depot, some fresh items in this
> week's box may be substituted with similar products. We're sorry for
> any inconvenience.
> The GreenGrocer Box team"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Martin Quayle <martin.quayle@fastpost.example>",
         to="support@pointsplus.example",
         subject="Verification codes going to my old number",
         body="""\
Hello,

I changed my mobile number last month and now every time I sign in to
PointsPlus the verification code is sent to my old number, which I no longer
have. I can't find anywhere to update it without signing in first. The new
number is 07700 900281.

Card number ending 4410.

Martin Quayle"""),

    dict(n=16, signals="account", priority="high", trap="deleted", qt=0, reply=0,
         frm="Joanna Kowalczyk <joanna.kowalczyk@childcarehub.example>",
         to="support@minderfinder.example",
         subject="My childminder profile has disappeared",
         body="""\
Hello,

My profile on MinderFinder has vanished. When I sign in it says "No profile
found - create your profile", and parents who search my area can't find me
any more. All my reviews (27 of them), my Ofsted registration details and my
availability calendar are gone. I didn't delete anything - the last thing I
did was update my photo on Sunday.

Almost all my new families come through your site and I have two places free
from April, so at the moment I can't take any bookings at all.

Registered e-mail: joanna.kowalczyk@childcarehub.example
Phone: 07700 900659

Thank you,
Joanna Kowalczyk"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Peter Grainger <peter.grainger@postmail.example>",
         to="help@clearhear.example",
         subject="Changing my e-mail in the ClearHear app",
         body="""\
Hello, how do I change the e-mail address on my ClearHear account? I'm moving
to a new provider next month. Regards, Peter Grainger"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Rosie Adebayo <rosie.adebayo@homemail.example>",
         to="feedback@leanplate.example",
         subject="The new high-protein menu is a killer",
         body="""\
Hi LeanPlate team,

Just wanted to say the new high-protein week is an absolute killer. The
chipotle chicken bowl nearly blew my head off (in a good way) and my partner,
who normally moans about "diet food", went back for seconds. I've lost 4 kg
since January and for once I'm not dying of boredom at lunch.

If I had one wish: the harissa salmon could do with a bit more sauce.

Keep it up!
Rosie"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Alan Thorpe <alan.thorpe@fastpost.example>",
         to="recalls@foldaway-bikes.example",
         subject="Re: Important safety recall - Foldaway F3 hinge clamp",
         body="""\
Hi,

Thanks for the notice. I checked and my bike is an F2 (frame number starts
FW2-16...), so as far as I can see from your list it isn't included. No need
to reply unless I've got that wrong.

Cheers,
Alan

-----Original Message-----
From: Foldaway Bikes <recalls@foldaway-bikes.example>
Sent: 11 March 09:02
Subject: Important safety recall - Foldaway F3 hinge clamp

> Dear customer,
> We have found that on some Foldaway F3 bikes built between May and
> August the main hinge clamp can loosen while riding, which can cause the
> frame to fold and lead to a fall and serious injury. Please stop riding
> affected bikes and book a free repair at your nearest dealer."""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Nadia Farouk <nadia.farouk@inboxly.example>",
         to="support@viewlane-cams.example",
         subject="Re: Ticket #58122 - dashcam app won't connect",
         body="""\
Hi Connor,

Just to close this off - the firmware you sent fixed it. The app connects to
the dashcam straight away now and I've downloaded all the clips from last
week. I was convinced I'd lost the footage of that near-crash on the bypass,
so thank you for staying on the phone with me for so long.

All the best,
Nadia"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Graham Osei <graham.osei@postmail.example>",
         to="sales@tagtrail.example",
         subject="Question before buying - stolen luggage",
         body="""\
Hello,

I'm thinking of buying two TagTrail luggage trackers before a trip to Peru.
If a suitcase is stolen, does the tracker keep reporting its location, and
for how long on one battery? And if the tracker itself gets lost, do you
offer a replacement or refund, or is that not covered?

Thanks,
Graham"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="IronClad Locks <news@ironclad-locks.example>",
         to="sam.reeve@homemail.example",
         subject="How thieves break a lock in 10 seconds - and how to stop them",
         body="""\
IRONCLAD MONTHLY - March

Bike theft is up 18% in city centres this spring. In this issue:

* How thieves break a cheap cable lock in under 10 seconds (video)
* Three parking mistakes that make your bike an easy target
* Protect your IronClad account: switch on two-step sign-in in the app
* New: the Bulldog D-Lock, Sold Secure Diamond rated, 15% off until Sunday

Ride safe,
The IronClad team

You're receiving this because you registered a lock with us.
Unsubscribe: https://ironclad-locks.example/unsubscribe"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Vikram Sethi <vikram.sethi@fastpost.example>",
         to="support@voltnest.example",
         subject="Scheduled charging not starting",
         body="""\
Hi,

Since the app update on Sunday my VoltNest home charger ignores the schedule.
I set it for 00:30-05:00 (cheap rate) but nothing starts and the app shows
"Schedule pending". If I press "Charge now" in the app, it charges fine, so
for now I'm getting up at half midnight to start it by hand, which is getting
old.

Charger serial VN7-220417, app version 4.12.0 on Android.

Thanks,
Vikram"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Louise Harcourt <l.harcourt@pulsefitness.example>",
         to="enterprise@gymgate.example",
         subject="RE: Door access not syncing - 9 clubs - THIRD REQUEST",
         body="""\
This is now day three and nobody has called us back.

The door controllers in all nine clubs are still not picking up new or
renewed memberships. This morning over 200 members were turned away at the
turnstiles before 8am, staff are letting people in by hand and writing names
on a clipboard, and we've had 60 cancellation requests since Monday. Our
contract (GG-ENT-0042) has a four-hour response time.

I want a call from an engineer and your account manager today. My mobile is
07700 900862.

Louise Harcourt
Head of Operations, Pulse Fitness

-----Original Message-----
From: Louise Harcourt
Sent: Monday 08:07
To: enterprise@gymgate.example
Subject: Door access not syncing - 9 clubs

> Hello,
> Since Sunday night our door controllers in all nine clubs have stopped
> picking up new or renewed memberships from GymGate. Members who joined
> or renewed this weekend are refused at the turnstiles. Please treat this
> as urgent.
> Louise"""),
]

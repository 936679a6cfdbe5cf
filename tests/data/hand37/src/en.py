# blind38 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Margaret Oyelaran <m.oyelaran@postbox.example>",
         to="help@medsdirect.example",
         subject="Order 58213-K - wrong tablets sent for my father",
         body="""\
Hello,

My father (Samuel Oyelaran, DOB 04/03/1941) gets his repeat prescription from
you every month. His warfarin is 1 mg tablets. The box that arrived on Friday
says 1 mg on the outer label, but the strips inside are 5 mg. I only noticed
today when I was filling his dosette box for next week.

He has taken them every evening since Friday, three tablets each time as
usual, so 15 mg a day instead of 3. He knocked his arm on Sunday and the
bruise has gone very dark, and his gums bled when he brushed his teeth today.

I have rung 111 and they are sending him in to be checked. Please can someone
from the pharmacy call me on 07700 914 362 today - the hospital will want to
know the batch and exactly what was dispensed. I still have the box.

Margaret Oyelaran (daughter)"""),

    dict(n=2, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Tom Reilly <tom@cornercupcafe.example>",
         to="service@brewline-equipment.example",
         subject="A few things re our service contract (acct CC-2291)",
         body="""\
Hi Dana,

Hope you're well. Couple of things from our end:

- The last invoice still has our old address on Mill Lane, can you change it
  to 14 Harbour Row?
- The grinder you fitted in October is great, no complaints.
- The steam wand on the Linea (the one your engineer serviced on Monday) spat a
  jet of boiling water sideways yesterday when Priya opened the valve. She's
  got a burn across the back of her hand and wrist. We took her to the minor
  injuries unit and it's dressed, but she's off for the rest of the week. We've
  taped a sign on the machine and aren't using the wand until someone has
  looked at it.
- Could you send a tub of descaling tablets with the next delivery?

The wand is the urgent one obviously. Can an engineer come out tomorrow?

Cheers,
Tom Reilly
The Corner Cup, 14 Harbour Row, Whitby
01947 600 218"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Aisha Rahman <aisha.rahman@inbox.example>",
         to="support@printbloom.example",
         subject="I can see other people's photos in my account",
         body="""\
Hi,

I logged in this morning to reorder some prints and the "My orders" page is
showing about 30 orders that aren't mine. I clicked one by accident and it
opened the whole thing: a photo book of a little girl's 5th birthday, plus the
delivery name, an address in Leeds and a phone number. Another one is a set
of passport photos.

I logged out and back in on my laptop and it's the same. My own orders are in
there too, mixed in with everyone else's.

I haven't downloaded or shared anything, but I'm really not comfortable that
this is possible. And I'm guessing it means my kids' photos and my address
could be turning up in somebody else's account too?

Please look at this today.

Aisha Rahman
(customer no. PB-448120)"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Dan Whitcombe <dwhitcombe@mailbox.example>",
         to="cardservices@northgatebank.example",
         subject="payments I didnt make",
         body="""\
Hi just checked my app, 4 payments on my debit card today that I didnt make.
3 x £249.99 to "GMRSTORE LT" and one £89.00 to something called NOVAPAY.
Card is in my wallet, never lost it. Ive frozen it in the app but I need the
money back, thats my rent. Account ending 4471.

Dan Whitcombe
07813 552 090

Sent from my iPhone"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Helen Marsh <practice.manager@riversidevets.example>",
         to="support@vetflow.example",
         subject="URGENT - can't open any patient records - Riverside Vets (site RV-0193)",
         body="""\
Hello,

Since about 8:10 this morning none of our six consulting rooms can open a
patient record in VetFlow. The search finds the animal, but clicking on it just
spins and then drops back to the list. Same at reception and on the laptop in
theatre. We have restarted the server in the office and every PC.

We have 23 consults booked this morning and two surgeries from 11:00, and we
can't see histories, weights or the anaesthetic notes. We're writing on paper
and have already had to turn away the first vaccination appointments.

Please call me on 01632 960 447 as soon as possible.

Helen Marsh
Practice Manager
Riverside Veterinary Centre Ltd, 2 Quay Street, Bradford-on-Avon BA15 1EJ
Registered in England and Wales, company no. 08812345

This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and
delete it. Riverside Veterinary Centre Ltd accepts no liability for any damage
caused by viruses transmitted by this e-mail."""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Ravi Anand <ravi.anand@palacepictures.example>",
         to="support@tixhub.example",
         subject="Booking down at all 4 Palace sites - sold-out premiere tonight",
         body="""\
Hi TixHub team,

Online booking has been down across all four of our cinemas (Harrogate,
Ripon, Skipton, Otley) since roughly 13:30. Customers get "Something went
wrong (502)" on the seat map, and the box office terminals can't load tonight's
screenings either, so we can't sell on the door or check anyone in.

Tonight is the sold-out premiere at Harrogate at 19:00 - 312 seats plus a Q&A
with the director - and the other three sites have full evening programmes.
That's several hundred people turning up in the next few hours.

No ticket number yet, I rang your line and got voicemail. Please ring me
on 07700 900 812.

Ravi Anand
Operations Manager, Palace Pictures"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Sophie Lindqvist <hello@wickandember.example>",
         to="help@shopstall.example",
         subject="My shop has vanished?? (wickandember.shopstall)",
         body="""\
Hi there,

Since last night my shop page is just a white screen, for me and for
customers - my sister checked on her phone at the other end of the country.
The admin side loads fine, I can see my products and orders, but the shop
itself shows nothing at all, so nobody can buy anything.

It's just me, I make and sell candles and this is my only shop. December is
honestly half my year, and my newsletter with a discount code went out
yesterday morning, so everyone who clicks it lands on a blank page.

I haven't changed anything apart from uploading two new product photos on
Sunday.

Could you have a look as soon as you can?

Thanks so much,
Sophie
Wick & Ember Candles"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=1,
         frm="Katarzyna Nowak <kasia@nowak-translations.example>",
         to="support@mailharbour.example",
         subject="Re: [MH-77120] Emails bouncing back",
         body="""\
Hi Ben, answers below.

On Wed, 9 Dec 2026 at 10:02, MailHarbour Support <support@mailharbour.example> wrote:
> 1. Could you paste the exact error message from the bounce?

"550 5.7.1 Relaying denied - sender domain not authorised". Every single
mail, since about 6pm yesterday.

> 2. Does this affect all recipients or only some?

All of them. Clients, my own Gmail, my accountant. Incoming mail seems to
have stopped as well - the last one I received was at 17:48.

> 3. Have you changed any DNS settings recently?

No, nothing. I wouldn't know how.

I'm a freelance translator working on my own and email is how I get jobs and
deliver them. Two deliveries are due today at noon and I've already had to
phone one client to explain.

Kasia Nowak
Nowak Translations (EN/PL/DE)"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Eleanor Pryce <e.pryce@pryceandholt-law.example>",
         to="support@casevault.example",
         subject="Full-text search returning no results since Tuesday",
         body="""\
Dear CaseVault Support,

Since Tuesday afternoon the full-text search in CaseVault returns "0 documents
found" for every query, including terms we know appear in dozens of files
(a client surname, for instance). Searching by matter number still works, and
opening, editing and saving documents is unaffected.

We can manage for now by browsing the matter folders by hand, but it is slow
for our eight fee earners, particularly on the larger conveyancing files.
Could you look into it in the next few days and let us know whether the index needs to be
rebuilt on your side?

Kind regards,

Eleanor Pryce
Practice Manager
Pryce & Holt Solicitors LLP
Tel. 0117 496 0290"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Graham Tully <g.tully@homemail.example>",
         to="membership@ashdownltc.example",
         subject="Question about my December direct debit",
         body="""\
Hello,

Just a quick one. My direct debit this month was £41.50 rather than the usual
£39.00. I assume the extra £2.50 is the floodlight levy that was mentioned at
the AGM, but I couldn't see it on the statement in the members' area.

Could you confirm, and if possible show it as a separate line on future
statements? No rush at all.

Thanks,
Graham Tully
Membership no. 1187"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Chloe Adeyemi <chloe.adeyemi@webmail.example>",
         to="customer.relations@westlinerail.example",
         subject="Charged twice for one booking (ref WLR-6Q8P2T)",
         body="""\
Hi,

Last Sunday (29 Nov) I booked two returns from Bristol Temple Meads to London
Paddington for 19 December. The first attempt showed an error at the payment
step, so I tried again and that one went through - booking ref WLR-6Q8P2T,
£187.40.

My bank statement now shows two payments of £187.40 to Westline Rail, both on
29 Nov, but I only have one booking and one set of tickets in the app.

Please refund the duplicate payment to my card (Visa ending 0932).

Thanks,
Chloe Adeyemi"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Peter Haslam <peter.haslam@oldmail.example>",
         to="policies@sureroad.example",
         subject="Re: Your cancellation - policy SR-2207781",
         body="""\
Hello,

It's now more than five weeks and this refund still hasn't arrived. I sold the
car at the end of October and cancelled the policy the same day. Nothing has
come into my account ending 2284 - could you check whether it was actually
sent, and to which account?

Regards,
Peter Haslam

-----Original Message-----
From: SureRoad Policy Team <no-reply@sureroad.example>
Sent: 26 October 2026 14:12
To: peter.haslam@oldmail.example
Subject: Your cancellation - policy SR-2207781

Dear Mr Haslam,

We have cancelled your motor policy SR-2207781 with effect from 26/10/2026.
You are due a refund of unused premium of £212.36, which will be paid to your
nominated account within 10 working days.

SureRoad Insurance"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lee Dawson <lee@dawsonremovals.example>",
         to="partners@movemate.example",
         subject="Fwd: Your payout is on its way",
         body="""\
Hiya,

See below - you emailed me on the 27th saying the November payout was on its
way. It's the 8th and nothing has hit the bank. That's £3,960 for 14 jobs.
I've got three lads to pay on Friday and the van lease goes out Monday, and I
haven't got that sitting spare.

Can someone tell me today where the money is please? Bank details haven't
changed, same Barclays account as always.

Lee Dawson
Dawson Removals - 2 vans, Sheffield
07700 900 455

---------- Forwarded message ---------
From: MoveMate Payments <payments@movemate.example>
Date: Fri, 27 Nov 2026 at 09:00
Subject: Your payout is on its way
To: <lee@dawsonremovals.example>

Hi Lee, your payout of £3,960.00 for 14 completed jobs (1-25 November) has
been sent and should arrive within 2-3 working days.
Payout ID: PO-88213-N"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bernadette Quinn <bernie.quinn@oldprovider.example>",
         to="online.help@brightwattenergy.example",
         subject="Changing the email I log in with",
         body="""\
Hello,

I'm moving away from my old email provider and would like to log in to my
BrightWatt account with my new address (bernadette.quinn@newmail.example)
from now on. I've looked under "My details" but the email field is greyed out.

How do I change it? I'd rather not lose my meter reading history.

Many thanks,
Bernadette Quinn
Account 7730 2291 04"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Mateusz Zielinski <mati.zielinski@gamerpost.example>",
         to="support@arcanaplay.example",
         subject="account locked after wrong password",
         body="""\
Hello support,

My account is locked since yesterday evening. I was trying to login on my
console and I think I write the password wrong too many times, now it say
"Account temporarily locked, try again later" but it is more than 20 hours
now and still the same.

The reset password mail is coming but when I click the link it say the link
is expired, also when I click it immediately.

My gamertag is Zielu_PL and email is this one. I can send photo of the receipt
for the console if you need to proof it is me.

Thank you for help
Mateusz

Sent from my phone"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Gary Pritchard <g.pritchard@northfieldstorage.example>",
         to="accounts@palletlink.example",
         subject="Remove ex-employee's access and move admin rights to me",
         body="""\
Morning,

Our warehouse supervisor, Dean Fowler, left us on 30 November. He was the
admin user on our PalletLink account (customer no. PL-30488), so he's the only
one who can add or remove users.

Could you please:
1. remove Dean's login (dean.f@northfieldstorage.example) - that mailbox has
   already been closed here, so password resets for him go nowhere;
2. make me (Gary Pritchard, Operations Manager) the admin instead.

The two forklift drivers' logins and our bookings are all fine, so it isn't
stopping us, but I'd like it sorted by the end of next week.

Thanks,
Gary Pritchard
Operations Manager
Northfield Storage Ltd, Unit 7 Carr Lane, Hull HU8 9QP"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Fiona MacLeod <manager@glencairnhotel.example>",
         to="support@roomsync.example",
         subject="Locked out of RoomSync - need to change weekend rates today",
         body="""\
Hi,

I took over as manager at the Glencairn Hotel last week. Our RoomSync login is
set up with two-step verification to my predecessor's mobile, and she is now
abroad and not answering. Every time I try, the code goes to her number, and
after three attempts it locks me out for an hour.

I can't get into the account at all, so I can't change rates or close rooms.
A wedding party has 18 of our 22 rooms next weekend, but those rooms are still
open on all the booking sites at last year's rate, and two of them were booked
by strangers this morning. I need to close them today before it gets worse.

I can send proof that I'm the manager (letter from the owners, my passport).
Please phone me on 01479 810 332.

Fiona MacLeod
General Manager, Glencairn Hotel, Aviemore"""),

    dict(n=18, signals="-", priority="low", trap="trade", qt=0, reply=0,
         frm="Mark Jessop <orders@jessoppestcontrol.example>",
         to="trade@verminex-supplies.example",
         subject="Order for delivery before the 14th - bait blocks and stations",
         body="""\
Hi Sharon,

Can you add the following to our standing order and get it out to us before
the 14th?

- 6 x 10 kg tubs brodifacoum wax blocks
- 20 x lockable rat bait stations
- 2 cases of the fly-killer glue boards for the UV units

We've got a new farm contract starting on the 14th: rats in the grain store
and the calf sheds, the farmer reckons he finds a dozen dead ones a week and
wants the lot gone by the new year. So we'll go through the poison fast. If the
10 kg tubs are on back-order, the 3 kg buckets will do.

Also, do you still need a copy of our CRRU certificates every year, or are the
ones from January still on file?

Cheers,
Mark Jessop
Jessop Pest Control - "we kill what bugs you"
Van: 07700 900 617"""),

    dict(n=19, signals="-", priority="low", trap="compliance", qt=0, reply=0,
         frm="Priya Natarajan <priya.natarajan@talentbridge-recruitment.example>",
         to="sales@peoplepilot-hr.example",
         subject="Supplier security questions before our renewal",
         body="""\
Hello Marcus,

Ahead of renewing our PeoplePilot contract in February, our IT and compliance
lead has asked me to collect answers to the following for our annual supplier
review:

1. Is candidate data encrypted at rest and in transit, and where is it hosted?
2. If you suffer a data breach, how and within what timeframe would you
   notify us?
3. Do you support two-factor authentication or SSO for all user accounts, and
   can we enforce it for our consultants?
4. How often do you run penetration tests, and can we see a summary of the
   last one?
5. If we terminate, is our data deleted, and do we get a full export first?
6. What is your refund policy if we reduce the number of seats mid-term?

A short written reply is fine, ideally by the end of January.

Kind regards,
Priya Natarajan
Operations Director, TalentBridge Recruitment Ltd"""),

    dict(n=20, signals="-", priority="low", trap="formality", qt=0, reply=0,
         frm="Joan Ellery <joan.ellery@homemail.example>",
         to="customer.services@skylinemobile.example",
         subject="Closing my late husband's contract",
         body="""\
Dear Sir or Madam,

My husband, Robert Ellery, died on 17 November. He had a pay-monthly phone
contract with you on 07700 900 238 (account 55102-RE).

I would be grateful if you could close the account. His phone is here with me
and I don't need the number kept, so the SIM can be blocked. Please let me
know if you need a copy of the death certificate - I have it and can post or
scan it - and whether I should send the handset back.

Any final bill can be sent to me at 4 Orchard Close, Tewkesbury GL20 5AB.

Yours faithfully,
Joan Ellery"""),

    dict(n=21, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Marcus Hale <marcus.hale@fastpost.example>",
         to="feedback@drivewaycarhire.example",
         subject="Absolute shambles at your Glasgow Airport desk",
         body="""\
To whom it may concern,

I have hired cars all over Europe and Saturday's pick-up at your Glasgow
Airport branch was the worst I have ever had. A disaster from start to finish.

We queued for 55 minutes with two exhausted kids while one member of staff
chatted on his phone. When I asked how much longer, he told me to "calm down,
mate". Outrageous. The car, when we finally got it, was filthy: crisps ground
into the back seats, a dead wasp on the dashboard and a boot that smelled of
wet dog.

It killed the first evening of our holiday - we reached the cottage after
10pm. I'd like someone to explain how this is acceptable, and I expect your
staff to be told how to speak to customers.

Marcus Hale
Booking ref DW-GLA-77310"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Owen Parry <owen.parry@valleymail.example>",
         to="support@hearthly.example",
         subject="Re: Thermostat offline in the app [Ticket #20931]",
         body="""\
Brilliant, that did it - after holding the button for 10 seconds and
re-pairing, it shows online again and the schedule is back. Thanks Aled.

One small question while I have you: can I set a different weekend schedule
for the upstairs zone, or is it the same every day?

Owen

On Thu, 10 Dec 2026 at 16:40, Hearthly Support <support@hearthly.example> wrote:
> Hi Owen,
> Sorry to hear that. Please hold the button on the thermostat for 10 seconds
> until the light flashes blue, then pair it again in the app.
> Aled, Hearthly Support
>
> > The app has said "Thermostat offline" since Tuesday and I can't control
> > the heating at all, app or website. Nothing works, the boiler is stuck on
> > the old schedule."""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Steve Okafor <steve@okaformotors.example>",
         to="support@garagedesk.example",
         subject="Re: Booking form on our website broken - THIRD time of asking",
         body="""\
This is the third time I've written about this and I still haven't had a
single reply from a human being. Not one.

Your booking widget on our website has been broken for TWELVE days. Customers
fill in the MOT form, press "Book" and get an error. We've had people ringing
up annoyed because they thought they'd booked and then turned up to nothing in
the diary. I'm paying £59 a month for this.

I want a phone call on Monday morning, not another automated "we have
received your request".

Steve Okafor
Okafor Motors, Stockport

On Tue, 1 Dec 2026 at 08:52, Steve Okafor <steve@okaformotors.example> wrote:
> Following up on my mail from last week. The booking form still gives
> "Error 500 - please try again later" and we're missing online bookings.
> Can someone please look at it?
>
> On Tue, 24 Nov 2026 at 17:15, Steve Okafor <steve@okaformotors.example> wrote:
> > Hi, since this afternoon the booking form on okaformotors.example shows an
> > error when customers click Book. Can you check?"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Jonathan Reeve <j.reeve@hollinspark-academy.example>",
         to="support@learnspace.example",
         subject="All staff unable to sign in - SMS codes not arriving",
         body="""\
Hello,

Since about 7:45 this morning none of our staff can get into LearnSpace.
After entering their password they are asked for the SMS code, and the code
never arrives - I've tried four different phones on three networks. That's
63 teachers and 20 support staff locked out, i.e. everyone.

Registers, today's lesson materials and the cover timetable are all in
LearnSpace. Lessons start at 8:50 with 1,100 students in, and we're taking
paper registers for now. Year 11 mocks also start at 9:00 and the seating
plans are in there too.

Can you switch the school to email codes temporarily, or turn off the second
step for our domain for today? Please call me on 0161 496 0734.

Jonathan Reeve
IT Manager, Hollins Park Academy
Please consider the environment before printing this email."""),
]
